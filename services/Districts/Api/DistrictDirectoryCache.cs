using Consortium.Contracts.Districts.V1;
using Consortium.ServiceDefaults.Caching;
using Google.Protobuf;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Consortium.Districts.Api;

/// <summary>
/// Caches directory pages in Redis: every screen of the front end lists members, and the list
/// changes only when a district is added, renamed or changes membership. Invalidation bumps a
/// generation number that is part of every key, so one write retires all cached pages at once
/// and old entries simply expire. If Redis is unavailable the directory is read from the
/// database: the cache may make calls faster, never fail them.
/// </summary>
public sealed partial class DistrictDirectoryCache(
    IConnectionMultiplexer redis,
    IOptions<CacheOptions> options,
    ILogger<DistrictDirectoryCache> logger)
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    private readonly string _keyPrefix = options.Value.KeyPrefix;

    private string GenerationKey => $"{_keyPrefix}directory:generation";

    public async Task<ListDistrictsResponse> GetOrListAsync(ListDistrictsRequest request, Func<Task<ListDistrictsResponse>> list)
    {
        string? key = null;
        try
        {
            var cache = redis.GetDatabase();
            var generation = (long?)await cache.StringGetAsync(GenerationKey) ?? 0;
            key = $"{_keyPrefix}directory:{generation}:{Convert.ToBase64String(request.ToByteArray())}";
            if (await cache.StringGetAsync(key) is { HasValue: true } cached)
            {
                return ListDistrictsResponse.Parser.ParseFrom((byte[])cached!);
            }
        }
        catch (RedisException exception)
        {
            LogCacheUnavailable(logger, exception.Message);
            return await list();
        }

        var response = await list();
        try
        {
            await redis.GetDatabase().StringSetAsync(key, response.ToByteArray(), TimeToLive);
        }
        catch (RedisException exception)
        {
            LogCacheUnavailable(logger, exception.Message);
        }

        return response;
    }

    public async Task InvalidateAsync()
    {
        try
        {
            await redis.GetDatabase().StringIncrementAsync(GenerationKey);
        }
        catch (RedisException exception)
        {
            // Entries expire after TimeToLive anyway; say so loudly, a stale directory confuses people.
            LogInvalidationFailed(logger, exception.Message, TimeToLive);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directory cache unavailable, reading the database: {Reason}")]
    private static partial void LogCacheUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not invalidate the directory cache ({Reason}); cached pages may be stale for up to {TimeToLive}")]
    private static partial void LogInvalidationFailed(ILogger logger, string reason, TimeSpan timeToLive);
}
