using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Consortium.Insights.Api;

/// <summary>
/// The process's own copy of prepared answers (a comparison's sorted rows, the peer population's
/// standardisation), so a request does O(page) work instead of fetching and walking every value
/// again. Keys carry the read-model generations like Redis keys do, so a bumped scope makes an
/// entry unreachable at once; size is counted in values, bounded by
/// <see cref="InsightsOptions.LocalCacheValues"/>, and the least recently used go first to make
/// room (<see cref="LeastRecentlyUsedCache{TKey, TValue}"/>). Should
/// Redis lose its counters (a restart) they start again from zero and an old entry could match
/// again: the cache lifetime bounds that, as it does for Redis's own entries.
/// </summary>
internal sealed class LocalAnswers(IOptions<InsightsOptions> options, TimeProvider time)
{
    private readonly LeastRecentlyUsedCache<string, object> _entries = new(options.Value.LocalCacheValues, time);
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _building = new(StringComparer.Ordinal);

    /// <summary>How long an entry is kept at most.</summary>
    public TimeSpan Lifetime => options.Value.CacheLifetime;

    public bool TryGet<T>(string key, out T? value)
        where T : class
    {
        value = _entries.TryGet(key, out var kept) ? kept as T : null;
        return value is not null;
    }

    public void Set<T>(string key, T value, int size)
        where T : class =>
        _entries.Set(key, value, Math.Max(1, size), options.Value.CacheLifetime);

    /// <summary>
    /// The entry under <paramref name="key"/>, built by <paramref name="build"/> when missing. Callers
    /// that ask for the same missing key at once share one build: when a generation moves during
    /// the window-close rush, every reader wants the same new comparison, and each building its own
    /// multiplied the O(n) preparation by the number of readers. A failed build is not kept.
    /// </summary>
    public async Task<T> GetOrBuildAsync<T>(string key, Func<CancellationToken, Task<T>> build, Func<T, int> sizeOf, CancellationToken cancellationToken)
        where T : class
    {
        if (TryGet<T>(key, out var hit) && hit is not null)
        {
            return hit;
        }

        Lazy<Task<object>>? mine = null;
        mine = new Lazy<Task<object>>(async () =>
        {
            try
            {
                var built = await build(CancellationToken.None);
                Set(key, built, sizeOf(built));
                return built;
            }
            finally
            {
                _building.TryRemove(KeyValuePair.Create(key, mine!));
            }
        });
        var building = _building.GetOrAdd(key, mine);

        // The build runs on the first caller's database context, so that caller waits for its end
        // whatever happens to its request; the others may stop waiting when theirs is cancelled.
        return ReferenceEquals(building, mine)
            ? (T)await building.Value
            : (T)await building.Value.WaitAsync(cancellationToken);
    }
}
