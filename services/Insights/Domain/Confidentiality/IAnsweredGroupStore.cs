namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// The groups already answered in a scope (Redis or PostgreSQL in the service, in memory in
/// tests). Check and record must be serialised per scope by the implementation (a lock, a
/// transaction or an optimistic retry), or two concurrent requests could each pass the guard
/// against the state before the other.
/// </summary>
public interface IAnsweredGroupStore
{
    /// <summary>
    /// Whether exactly these members were answered in the scope: the cheap check a repeated question
    /// needs (by the group's key), before the guard reads every answered group's members.
    /// </summary>
    Task<bool> HasAnsweredAsync(AnswerScope scope, MemberSet group, CancellationToken cancellationToken);

    Task<IReadOnlyCollection<AnsweredGroup>> AnsweredAsync(AnswerScope scope, CancellationToken cancellationToken);

    Task RecordAsync(AnswerScope scope, AnsweredGroup group, CancellationToken cancellationToken);
}
