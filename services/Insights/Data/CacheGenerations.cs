using Consortium.ServiceDefaults.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Consortium.Insights.Data;

/// <summary>
/// The Redis generation counters that tie cached answers to the read model, one per scope
/// (<c>{prefix}gen:{scope}</c>, e.g. <c>insights:gen:target:{id}</c>). The consumers bump the scopes
/// an applied event changed, after it committed; the API puts the generations of the scopes an
/// answer depends on into its cache key, so a bumped scope makes every older answer unreachable
/// (it then expires by its TTL). The only place these keys are spelt.
/// </summary>
public sealed class CacheGenerations(IConnectionMultiplexer redis, CacheGuard guard, IOptions<CacheOptions> options)
{
    /// <summary>Any district's details, profile, membership or sharing preference.</summary>
    public const string Districts = "districts";

    /// <summary>Any pipeline aggregate (leaders, readiness, succession coverage).</summary>
    public const string Pipeline = "pipeline";

    // Generation n's entry is "n|district,district,…" (unique, scored n); the oldest are trimmed.
    private const string LoggedIncrement = """
        local generation = redis.call('INCR', KEYS[1])
        redis.call('ZADD', KEYS[2], generation, generation .. '|' .. ARGV[1])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', generation - tonumber(ARGV[2]))
        return generation
        """;

    private const string WholeTarget = "*";

    // Enough for a reader to catch up through a busy minute of one target; beyond it, a whole read.
    private const int ChangeLogLength = 1024;

    private readonly string _prefix = options.Value.KeyPrefix + "gen:";

    /// <summary>A target's definition, contributions or distribution.</summary>
    public static string Target(Guid targetId) => $"target:{targetId}";

    /// <summary>A topic's definition, retirement, or any of its submissions (status, content, visibility).</summary>
    public static string Topic(Guid topicId) => $"topic:{topicId}";

    /// <summary>A cycle's details or status (e.g. results published).</summary>
    public static string Cycle(Guid cycleId) => $"cycle:{cycleId}";

    /// <summary>The Redis key of a scope's counter.</summary>
    public RedisKey KeyOf(string scope) => _prefix + scope;

    /// <summary>The scope's current generation (0 if it never changed).</summary>
    public async Task<long> GetAsync(string scope)
    {
        var value = await redis.GetDatabase().StringGetAsync(KeyOf(scope));
        return value.HasValue ? (long)value : 0;
    }

    /// <summary>Several scopes' generations in one round trip, in the order asked.</summary>
    public async Task<IReadOnlyList<long>> GetManyAsync(params string[] scopes)
    {
        var values = await redis.GetDatabase().StringGetAsync([.. scopes.Select(KeyOf)]);
        return [.. values.Select(value => value.HasValue ? (long)value : 0)];
    }

    /// <summary>
    /// Several scopes' generations through the <see cref="CacheGuard"/>: <c>null</c> when Redis cannot
    /// answer quickly (the caller computes from the database).
    /// </summary>
    public async Task<IReadOnlyList<long>?> TryGetManyAsync(params string[] scopes)
    {
        var (found, values) = await guard.TryAsync(database => database.StringGetAsync([.. scopes.Select(KeyOf)]));
        return found ? [.. values!.Select(value => value.HasValue ? (long)value : 0)] : null;
    }

    /// <summary>
    /// Moves each scope to a new generation, and each changed target's with an entry in its change
    /// log naming the districts whose values changed (all of them when the set is <c>null</c>), in
    /// one round trip. The increment and its entry are one script, so a reader never sees one
    /// without the other. If Redis cannot be told, the guard's epoch moves instead, which retires
    /// every cached answer: never an error for the caller.
    /// </summary>
    public async Task BumpAsync(IReadOnlyCollection<string> scopes, IReadOnlyDictionary<Guid, IReadOnlySet<Guid>?> changedTargets)
    {
        if (scopes.Count == 0 && changedTargets.Count == 0)
        {
            return;
        }

        await guard.TryAsync(async database =>
        {
            var batch = database.CreateBatch();
            List<Task> moves = [.. scopes.Distinct(StringComparer.Ordinal).Select(scope => batch.StringIncrementAsync(KeyOf(scope)))];
            moves.AddRange(changedTargets.Select(target => batch.ScriptEvaluateAsync(
                LoggedIncrement,
                [KeyOf(Target(target.Key)), ChangeLogOf(target.Key)],
                [target.Value is null ? WholeTarget : string.Join(',', target.Value), ChangeLogLength])));
            batch.Execute();
            await Task.WhenAll(moves);
        });
    }

    /// <summary>
    /// The districts whose values for <paramref name="targetId"/> changed after generation
    /// <paramref name="from"/> up to <paramref name="to"/>, from the target's change log; <c>null</c>
    /// when the log cannot say exactly (Redis unavailable, an entry that changed the whole target,
    /// entries trimmed or lost): the caller then reads the target whole.
    /// </summary>
    public async Task<IReadOnlySet<Guid>?> TryChangedDistrictsAsync(Guid targetId, long from, long to)
    {
        if (to - from is <= 0 or > ChangeLogLength)
        {
            return null;
        }

        var (found, entries) = await guard.TryAsync(database => database.SortedSetRangeByScoreAsync(ChangeLogOf(targetId), from, to, Exclude.Start));
        if (!found || entries!.Length != to - from)
        {
            return null;
        }

        var districts = new HashSet<Guid>();
        foreach (var entry in entries)
        {
            var named = ((string)entry!).Split('|')[1];
            if (named == WholeTarget)
            {
                return null;
            }

            districts.UnionWith(named.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse));
        }

        return districts;
    }

    private RedisKey ChangeLogOf(Guid targetId) => _prefix + Target(targetId) + ":changes";
}
