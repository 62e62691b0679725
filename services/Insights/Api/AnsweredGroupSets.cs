using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Consortium.Insights.Domain.Collections;
using Consortium.Insights.Domain.Confidentiality;
using Microsoft.Extensions.Options;

namespace Consortium.Insights.Api;

/// <summary>
/// The shared parts of answered groups (<c>answered_group_sets</c>, ADR 31) this process has seen
/// committed. A set is named by its content and never changes, so a copy held here is the copy in
/// the database: a viewer's record then needs neither to send the members again nor to read them
/// back. Only what the database holds committed is kept here. Bounded by <see cref="InsightsOptions.AnsweredGroupSetMembers"/>;
/// the least recently used go first to make room (a state-wide set is some 26,000 of them), and a
/// forgotten set is just read again. A new set is stored as its change from a set this process
/// stored before for the same target when few members differ (ADR 42): during the window-close
/// rush each acceptance makes a new state-wide group, 13,000 ids that differ from the last by one.
/// </summary>
internal sealed class AnsweredGroupSets(IOptions<InsightsOptions> options, TimeProvider time)
{
    /// <summary>
    /// The most changes between a set stored whole and one stored from it: reading a set back
    /// reads at most this many rows more, and a set whose base is that far is stored whole.
    /// </summary>
    public const int MaxDepth = 16;

    private readonly LeastRecentlyUsedCache<string, SharedSet> _confirmed = new(options.Value.AnsweredGroupSetMembers, time);

    // Sets being written: a new generation's group is every asker's at once, and one write will do.
    private readonly ConcurrentDictionary<string, Lazy<Task>> _storing = new(StringComparer.Ordinal);

    // Per target, the sets this process stored last, newest first: the bases a next one may be
    // stored from while they are still held here (their members are not kept twice). More than
    // one, because a target's groups come in several shapes at once (all members, each leader's
    // peers), and a state-wide group is to be stored from the last state-wide one. Only sets this
    // process's own write stored: their depth is known; a set found already stored (by another
    // instance, or before a restart) may be further from a whole copy than this process can tell.
    private readonly ConcurrentDictionary<Guid, StoredSet[]> _lastStored = new();
    private const int BasesPerTarget = 4;

    /// <summary>The content name of a group's shared part: SHA-256 (hex) of its members' and shown members' keys.</summary>
    public static string KeyOf(AnsweredGroup group) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"{group.Members.Key}|{group.Shown.Key}")));

    public bool TryGet(string setKey, out SharedSet set) => _confirmed.TryGet(setKey, out set);

    public void Remember(string setKey, SharedSet set) => _confirmed.Set(setKey, set, Math.Max(1, set.Size));

    /// <summary>
    /// Makes sure the set is stored: <paramref name="store"/> runs once however many requests need
    /// the same new set at once, given the change to store it as (null: store it whole), and says
    /// whether it wrote the set (false: it was stored already); the set is kept once it has run. A
    /// caller that gives up stops waiting, not the write the others wait for.
    /// </summary>
    public async Task EnsureStoredAsync(Guid targetId, string setKey, SharedSet set, Func<SetChange?, Task<bool>> store, CancellationToken cancellationToken)
    {
        if (TryGet(setKey, out _))
        {
            return;
        }

        var storing = _storing.GetOrAdd(setKey, key => new Lazy<Task>(async () =>
        {
            try
            {
                var change = ChangeFrom(_lastStored.GetValueOrDefault(targetId) ?? [], set);
                var written = await store(change);
                Remember(key, set);
                if (written)
                {
                    var stored = new StoredSet(key, set.Size, change?.Depth ?? 0);
                    _lastStored.AddOrUpdate(targetId, [stored], (_, before) => [stored, .. before.Take(BasesPerTarget - 1)]);
                }
            }
            finally
            {
                _storing.TryRemove(key, out _);
            }
        }));
        await storing.Value.WaitAsync(cancellationToken);
    }

    // Worth storing as a change when at most one id in sixteen changed (a state-wide group one
    // acceptance later: 2 of 26,000); otherwise whole, as is the first set of a target.
    private SetChange? ChangeFrom(StoredSet[] recent, SharedSet set)
    {
        // The newest of a size close enough (sizes further apart than the changes allowed cannot
        // qualify); when it is as far from a whole copy as allowed, this one is stored whole.
        var size = set.Size;
        if (recent.FirstOrDefault(last => Math.Abs(last.Size - size) * 16 <= size) is not { } latest
            || latest.Depth >= MaxDepth
            || !TryGet(latest.Key, out var baseSet))
        {
            return null;
        }

        var members = SortedSetDelta.Between(baseSet.Members.Members, set.Members.Members);
        var shown = SortedSetDelta.Between(baseSet.Shown.Members, set.Shown.Members);
        return (members.Count + shown.Count) * 16 <= size
            ? new SetChange(latest.Key, latest.Depth + 1, members, shown)
            : null;
    }

    /// <summary>A set stored as its change from the one under <paramref name="BaseKey"/>, <paramref name="Depth"/> changes from one stored whole.</summary>
    public sealed record SetChange(string BaseKey, int Depth, SortedSetDelta Members, SortedSetDelta Shown)
    {
        /// <summary>The set <paramref name="baseSet"/> becomes with this change.</summary>
        public SharedSet ApplyTo(SharedSet baseSet) =>
            new(new MemberSet(Members.ApplyTo(baseSet.Members.Members)), new MemberSet(Shown.ApplyTo(baseSet.Shown.Members)));
    }

    private sealed record StoredSet(string Key, int Size, int Depth);

    /// <summary>A group's members and the members every viewer of it saw by name.</summary>
    public sealed record SharedSet(MemberSet Members, MemberSet Shown)
    {
        /// <summary>How many ids it holds: its size in the process's copies, and what its changes are measured against.</summary>
        public int Size => Members.Count + Shown.Count;
    }
}
