namespace Consortium.Insights.Api;

/// <summary>
/// Entries kept up to a total size, making room for a new one by dropping the least recently used.
/// Not <c>MemoryCache</c>: with a size limit it refuses an entry that does not fit at once and
/// compacts only down to 95% of the limit, so once small entries (peer groups, a leader's own
/// submission) fill it, an entry larger than 5% of it — the state-wide comparison of 13,000
/// districts, its answered group — is refused at every attempt and built again at every request
/// (ADR 41). Here an entry larger than the whole capacity is the only one not kept. Each entry
/// may have a lifetime, after which it is not returned. Thread-safe; every operation is O(1).
/// </summary>
internal sealed class LeastRecentlyUsedCache<TKey, TValue>(long capacity, TimeProvider time)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _index = [];

    // The most recently used first.
    private readonly LinkedList<Entry> _recency = new();
    private long _size;

    /// <summary>The sizes of the entries kept, added up.</summary>
    public long Size
    {
        get
        {
            lock (_lock)
            {
                return _size;
            }
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var node))
            {
                if (node.Value.ExpiresAt is not { } expires || time.GetUtcNow() < expires)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    value = node.Value.Value;
                    return true;
                }

                Remove(node);
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/> (replacing what the key had), dropping the least recently used entries until it fits.</summary>
    public void Set(TKey key, TValue value, long size, TimeSpan? lifetime = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var existing))
            {
                Remove(existing);
            }

            if (size > capacity)
            {
                return;
            }

            while (_size + size > capacity && _recency.Last is { } oldest)
            {
                Remove(oldest);
            }

            var entry = new Entry(key, value, size, lifetime is { } kept ? time.GetUtcNow() + kept : null);
            _index[key] = _recency.AddFirst(entry);
            _size += size;
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _index.Remove(node.Value.Key);
        _size -= node.Value.Size;
    }

    private sealed record Entry(TKey Key, TValue Value, long Size, DateTimeOffset? ExpiresAt);
}
