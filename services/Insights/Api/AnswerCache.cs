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
/// </summary>
internal sealed class AnswerCache(
    CacheGuard guard,
    CacheGenerations generations,
    IOptions<CacheOptions> cacheOptions,
    IOptions<InsightsOptions> options,
    LocalAnswers local)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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

        if (local.TryGet<T>(key, out var hit) && hit is not null)
        {
            return hit;
        }

        var built = await build(cancellationToken);
        local.Set(key, built, sizeOf(built));
        return built;
    }

    /// <summary>The answer's key (epoch first, then generations), or <c>null</c> when Redis cannot say.</summary>
    private async Task<string?> KeyAsync(string name, string[] dependsOn)
    {
        var epoch = guard.Epoch;
        var versions = await generations.TryGetManyAsync(dependsOn);
        return versions is null ? null : $"{name}:{epoch}:{string.Join('.', versions)}";
    }
}
