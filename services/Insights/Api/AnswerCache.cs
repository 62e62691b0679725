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
/// makes every stale answer unreachable at once. The lifetime is only a safety net. When Redis
/// is unavailable the answer is computed from the database and a warning is logged: slower,
/// never wrong.
/// </summary>
internal sealed partial class AnswerCache(
    IConnectionMultiplexer redis,
    CacheGenerations generations,
    IOptions<CacheOptions> cacheOptions,
    IOptions<InsightsOptions> options,
    LocalAnswers local,
    ILogger<AnswerCache> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> GetOrComputeAsync<T>(
        string name, string[] dependsOn, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        RedisKey key;
        try
        {
            if (!redis.IsConnected)
            {
                throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected.");
            }

            var versions = await generations.GetManyAsync(dependsOn);
            key = $"{cacheOptions.Value.KeyPrefix}answers:{name}:{string.Join('.', versions)}";
            var cached = await redis.GetDatabase().StringGetAsync(key);
            if (cached.HasValue && JsonSerializer.Deserialize<T>((string)cached!, Json) is { } hit)
            {
                return hit;
            }
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogUnavailable(logger, exception, name);
            return await compute(cancellationToken);
        }

        var computed = await compute(cancellationToken);
        try
        {
            await redis.GetDatabase().StringSetAsync(key, JsonSerializer.Serialize(computed, Json), options.Value.CacheLifetime);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogUnavailable(logger, exception, name);
        }

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
        string key;
        try
        {
            if (!redis.IsConnected)
            {
                throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected.");
            }

            // Without the generations nobody can tell whether a local copy is current.
            key = $"{name}:{string.Join('.', await generations.GetManyAsync(dependsOn))}";
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogUnavailable(logger, exception, name);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable; computing {Answer} from the database")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string answer);
}
