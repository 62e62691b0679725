using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Consortium.Insights.Api;

/// <summary>
/// The process's own copy of prepared answers (a comparison's sorted rows, the peer population's
/// standardisation), so a request does O(page) work instead of fetching and walking every value
/// again. Keys carry the read-model generations like Redis keys do, so a bumped scope makes an
/// entry unreachable at once; size is counted in values, bounded by
/// <see cref="InsightsOptions.LocalCacheValues"/>, and the least recently used go first. Should
/// Redis lose its counters (a restart) they start again from zero and an old entry could match
/// again: the cache lifetime bounds that, as it does for Redis's own entries.
/// </summary>
internal sealed class LocalAnswers(IOptions<InsightsOptions> options) : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = options.Value.LocalCacheValues });

    public bool TryGet<T>(string key, out T? value)
        where T : class => _entries.TryGetValue(key, out value);

    public void Set<T>(string key, T value, int size)
        where T : class =>
        _entries.Set(key, value, new MemoryCacheEntryOptions
        {
            Size = Math.Max(1, size),
            AbsoluteExpirationRelativeToNow = options.Value.CacheLifetime,
        });

    public void Dispose() => _entries.Dispose();
}
