using Consortium.Insights.Domain.Confidentiality;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Consortium.Insights.Api;

/// <summary>
/// The groups this process has seen recorded in <c>answered_groups</c>. A recorded group stays
/// recorded (rows are never deleted), so once seen, asking again needs neither the scope's lock nor
/// the query: the guard admits a group already answered whatever else happens in the scope. Only
/// what the database said is remembered (never a group this request records, whose transaction
/// may still roll back). Bounded by <see cref="InsightsOptions.AnsweredGroupMemoEntries"/>; the
/// least recently used go first, and a forgotten group just costs the query again.
/// </summary>
internal sealed class AnsweredGroupMemo(IOptions<InsightsOptions> options) : IDisposable
{
    private readonly MemoryCache _seen = new(new MemoryCacheOptions { SizeLimit = options.Value.AnsweredGroupMemoEntries });

    public bool Contains(AnswerScope scope, MemberSet group) => _seen.TryGetValue(KeyOf(scope, group), out _);

    public void Remember(AnswerScope scope, MemberSet group) =>
        _seen.Set(KeyOf(scope, group), true, new MemoryCacheEntryOptions { Size = 1 });

    public void Dispose() => _seen.Dispose();

    private static string KeyOf(AnswerScope scope, MemberSet group) =>
        $"{scope.ViewerKey}|{scope.CycleId:N}|{scope.TargetId:N}|{group.Key}";
}
