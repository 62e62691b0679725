using System.Collections.Concurrent;
using System.Text.Json;
using Consortium.Insights.Data;
using Consortium.ServiceDefaults.Caching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Consortium.Insights.Api;

/// <summary>
/// Caches computed, viewer-independent parts of answers (distributions with their contributors,
/// the peer population) in Redis. A key holds the current generation of every read-model scope
/// the answer depends on (<see cref="CacheGenerations"/>), read BEFORE computing: an answer
/// computed from newer data may land under an older key, never the reverse, so a bumped scope
/// makes every stale answer unreachable at once. The key also holds the <see cref="CacheGuard"/>'s
/// epoch, which moves whenever a bump may have been lost (a Redis outage, a Redis restarted from an
/// older append-only file). The lifetime is only a safety net. When Redis is unavailable the
/// answer is computed from the database at once (the guard logs the outage once): never wrong.
/// One instance serves one request and reads each scope's generation once: every part of an
/// answer is keyed by the same view of the read model, and a request pays one round trip to Redis
/// for the generations it shares (a comparison's target, its values and the asker's submission).
/// </summary>
internal sealed class AnswerCache(
    CacheGuard guard,
    CacheGenerations generations,
    IOptions<CacheOptions> cacheOptions,
    IOptions<InsightsOptions> options,
    LocalAnswers local)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    public async Task<T> GetOrComputeAsync<T>(
        string name, string[] dependsOn, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(name, dependsOn);
        if (key is null)
        {
            return await compute(cancellationToken);
        }

        RedisKey redisKey = $"{cacheOptions.Value.KeyPrefix}answers:{key}";
        var (_, cached) = await guard.TryAsync(database => database.StringGetAsync(redisKey));
        if (cached.HasValue && JsonSerializer.Deserialize<T>((string)cached!, Json) is { } hit)
        {
            return hit;
        }

        var computed = await compute(cancellationToken);
        await guard.TryAsync(database => database.StringSetAsync(redisKey, JsonSerializer.Serialize(computed, Json), options.Value.CacheLifetime));
        return computed;
    }

    /// <summary>
    /// Like <see cref="GetOrComputeAsync{T}"/>, for prepared objects kept in this process only
    /// (not serialisable, or too costly to fetch per request): the same generation rule decides
    /// freshness. <paramref name="sizeOf"/> counts the values an entry holds.
    /// </summary>
    public async Task<T> GetOrBuildLocalAsync<T>(
        string name, string[] dependsOn, Func<CancellationToken, Task<T>> build, Func<T, int> sizeOf, CancellationToken cancellationToken)
        where T : class
    {
        // Without the generations nobody can tell whether a local copy is current.
        var key = await KeyAsync(name, dependsOn);
        if (key is null)
        {
            return await build(cancellationToken);
        }

        return await local.GetOrBuildAsync(key, build, sizeOf, cancellationToken);
    }

    /// <summary>
    /// Reads the generations of <paramref name="scopes"/> this request has not read yet, in one
    /// round trip, so that answers depending on them later in the request need none.
    /// </summary>
    public async Task ReadGenerationsAsync(params string[] scopes)
    {
        var missing = scopes.Where(scope => !_generations.ContainsKey(scope)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length == 0 || await generations.TryGetManyAsync(missing) is not { } versions)
        {
            return;
        }

        for (var i = 0; i < missing.Length; i++)
        {
            _generations.TryAdd(missing[i], versions[i]);
        }
    }

    /// <summary>The cache guard's epoch: it moves whenever a generation's move may have been lost.</summary>
    public string Epoch => guard.Epoch;

    /// <summary>The generation of <paramref name="scope"/> as this request read it, if it did.</summary>
    public long? GenerationOf(string scope) => _generations.TryGetValue(scope, out var generation) ? generation : null;

    /// <summary>The answer's key (epoch first, then generations), or <c>null</c> when Redis cannot say.</summary>
    private async Task<string?> KeyAsync(string name, string[] dependsOn)
    {
        var epoch = guard.Epoch;
        await ReadGenerationsAsync(dependsOn);
        var versions = new long[dependsOn.Length];
        for (var i = 0; i < dependsOn.Length; i++)
        {
            if (!_generations.TryGetValue(dependsOn[i], out versions[i]))
            {
                return null;
            }
        }

        return $"{name}:{epoch}:{string.Join('.', versions)}";
    }
}
