using Consortium.Insights.Domain.Confidentiality;

namespace Consortium.Insights.Tests.Domain;

/// <summary>The answered-groups store for unit tests; the service's store is Redis/PostgreSQL.</summary>
public sealed class InMemoryAnsweredGroupStore : IAnsweredGroupStore
{
    private readonly Dictionary<AnswerScope, List<DistrictSet>> _groups = [];

    /// <summary>How often the guard read every answered group's members.</summary>
    public int FullReads { get; private set; }

    public Task<bool> HasAnsweredAsync(AnswerScope scope, DistrictSet group, CancellationToken cancellationToken) =>
        Task.FromResult(_groups.TryGetValue(scope, out var list) && list.Contains(group));

    public Task<IReadOnlyCollection<DistrictSet>> AnsweredAsync(AnswerScope scope, CancellationToken cancellationToken)
    {
        FullReads++;
        return Task.FromResult<IReadOnlyCollection<DistrictSet>>(_groups.TryGetValue(scope, out var list) ? [.. list] : []);
    }

    public Task RecordAsync(AnswerScope scope, DistrictSet group, CancellationToken cancellationToken)
    {
        if (!_groups.TryGetValue(scope, out var list))
        {
            _groups[scope] = list = [];
        }

        list.Add(group);
        return Task.CompletedTask;
    }

    public int Count(AnswerScope scope) => _groups.TryGetValue(scope, out var list) ? list.Count : 0;
}
