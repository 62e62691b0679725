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
/// and old entries simply expire. The <see cref="CacheGuard"/>'s epoch is part of the key too: an
/// invalidation lost to a Redis outage (or to a Redis restarted from an older append-only file)
/// retires every page as well. If Redis is unavailable the directory is read from the database
/// at once: the cache may make calls faster, never slower, never stale.
/// </summary>
public sealed class DistrictDirectoryCache(CacheGuard cache, IOptions<CacheOptions> options)
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    private readonly string _keyPrefix = options.Value.KeyPrefix;

    private string GenerationKey => $"{_keyPrefix}directory:generation";

    public async Task<ListDistrictsResponse> GetOrListAsync(ListDistrictsRequest request, Func<Task<ListDistrictsResponse>> list)
    {
        // The epoch is read before the generation: a page listed after a lost invalidation lands under the old epoch.
        var epoch = cache.Epoch;
        var (found, generation) = await cache.TryAsync(async redis => (long?)await redis.StringGetAsync(GenerationKey) ?? 0);
        if (!found)
        {
            return await list();
        }

        var key = $"{_keyPrefix}directory:{epoch}:{generation}:{Convert.ToBase64String(request.ToByteArray())}";
        var (_, cached) = await cache.TryAsync(redis => redis.StringGetAsync(key));
        if (cached.HasValue)
        {
            return ListDistrictsResponse.Parser.ParseFrom((byte[])cached!);
        }

        var response = await list();
        await cache.TryAsync(redis => redis.StringSetAsync(key, response.ToByteArray(), TimeToLive));
        return response;
    }

    /// <summary>Retires every cached page; if Redis cannot be told, the guard's epoch moves instead.</summary>
    public Task InvalidateAsync() => cache.TryAsync(redis => redis.StringIncrementAsync(GenerationKey));
}
