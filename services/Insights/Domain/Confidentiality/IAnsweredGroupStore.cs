namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// The groups already answered in a scope (Redis or PostgreSQL in the service, in memory in
/// tests). Check and record must be serialised per scope by the implementation (a lock, a
/// transaction or an optimistic retry), or two concurrent requests could each pass the guard
/// against the state before the other.
/// </summary>
public interface IAnsweredGroupStore
{
    Task<IReadOnlyCollection<DistrictSet>> AnsweredAsync(AnswerScope scope, CancellationToken cancellationToken);

    Task RecordAsync(AnswerScope scope, DistrictSet group, CancellationToken cancellationToken);
}
