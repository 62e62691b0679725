using Consortium.Insights.Domain.Confidentiality;

namespace Consortium.Insights.Tests.Domain;

/// <summary>The answered-groups store for unit tests; the service's store is Redis/PostgreSQL.</summary>
public sealed class InMemoryAnsweredGroupStore : IAnsweredGroupStore
{
    private readonly Dictionary<AnswerScope, List<AnsweredGroup>> _groups = [];

    /// <summary>How often the guard read every answered group's members.</summary>
    public int FullReads { get; private set; }

    public Task<bool> HasAnsweredAsync(AnswerScope scope, MemberSet group, CancellationToken cancellationToken) =>
        Task.FromResult(_groups.TryGetValue(scope, out var list) && list.Any(answered => answered.Members.Equals(group)));

    public Task<IReadOnlyCollection<AnsweredGroup>> AnsweredAsync(AnswerScope scope, CancellationToken cancellationToken)
    {
        FullReads++;
        return Task.FromResult<IReadOnlyCollection<AnsweredGroup>>(_groups.TryGetValue(scope, out var list) ? [.. list] : []);
    }

    public Task RecordAsync(AnswerScope scope, AnsweredGroup group, CancellationToken cancellationToken)
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
