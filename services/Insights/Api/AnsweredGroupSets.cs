using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Consortium.Insights.Domain.Confidentiality;
using Microsoft.Extensions.Options;

namespace Consortium.Insights.Api;

/// <summary>
/// The shared parts of answered groups (<c>answered_group_sets</c>, ADR 31) this process has seen
/// committed. A set is named by its content and never changes, so a copy held here is the copy in
/// the database: a viewer's record then needs neither to send the members again nor to read them
/// back. Only what the database holds committed is kept here. Bounded by <see cref="InsightsOptions.AnsweredGroupSetMembers"/>;
/// the least recently used go first to make room (a state-wide set is some 26,000 of them), and a
/// forgotten set is just read again.
/// </summary>
internal sealed class AnsweredGroupSets(IOptions<InsightsOptions> options, TimeProvider time)
{
    private readonly LeastRecentlyUsedCache<string, SharedSet> _confirmed = new(options.Value.AnsweredGroupSetMembers, time);

    // Sets being written: a new generation's group is every asker's at once, and one write will do.
    private readonly ConcurrentDictionary<string, Lazy<Task>> _storing = new(StringComparer.Ordinal);

    /// <summary>The content name of a group's shared part: SHA-256 (hex) of its members' and shown members' keys.</summary>
    public static string KeyOf(AnsweredGroup group) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"{group.Members.Key}|{group.Shown.Key}")));

    public bool TryGet(string setKey, out SharedSet set) => _confirmed.TryGet(setKey, out set);

    public void Remember(string setKey, SharedSet set) => _confirmed.Set(setKey, set, Math.Max(1, set.Members.Count + set.Shown.Count));

    /// <summary>
    /// Makes sure the set is stored: <paramref name="store"/> runs once however many requests need
    /// the same new set at once, and the set is kept once it has. A caller that gives up stops
    /// waiting, not the write the others wait for.
    /// </summary>
    public async Task EnsureStoredAsync(string setKey, SharedSet set, Func<Task> store, CancellationToken cancellationToken)
    {
        if (TryGet(setKey, out _))
        {
            return;
        }

        var storing = _storing.GetOrAdd(setKey, key => new Lazy<Task>(async () =>
        {
            try
            {
                await store();
                Remember(key, set);
            }
            finally
            {
                _storing.TryRemove(key, out _);
            }
        }));
        await storing.Value.WaitAsync(cancellationToken);
    }

    /// <summary>A group's members and the members every viewer of it saw by name.</summary>
    public sealed record SharedSet(MemberSet Members, MemberSet Shown);
}
