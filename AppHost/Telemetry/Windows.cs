namespace Consortium.AppHost.Telemetry;

/// <summary>
/// The last <c>capacity</c> durations of one kind of request. Percentiles are taken over them, so
/// they describe recent behaviour and memory stays fixed however long the AppHost runs.
/// </summary>
internal sealed class DurationWindow(int capacity)
{
    private readonly double[] _values = new double[capacity];
    private int _count;
    private int _next;

    public void Add(double milliseconds)
    {
        _values[_next] = milliseconds;
        _next = (_next + 1) % _values.Length;
        _count = Math.Min(_count + 1, _values.Length);
    }

    /// <summary>Nearest-rank p50 and p95, or nulls before the first value.</summary>
    public (double? P50, double? P95) Percentiles()
    {
        if (_count == 0)
        {
            return (null, null);
        }

        var sorted = _values[.._count];
        Array.Sort(sorted);
        return (Rank(sorted, 0.50), Rank(sorted, 0.95));
    }

    private static double Rank(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length), 1, sorted.Length) - 1];
}

/// <summary>Events per second over the last minute, in one-second buckets (fixed memory).</summary>
internal sealed class RateWindow
{
    private const int Seconds = 60;

    private readonly long[] _second = new long[Seconds];
    private readonly int[] _count = new int[Seconds];

    public void Add(DateTimeOffset at)
    {
        var second = at.ToUnixTimeSeconds();
        var bucket = (int)(second % Seconds);
        if (second < _second[bucket])
        {
            return; // older than the minute this bucket now holds
        }

        if (second > _second[bucket])
        {
            _second[bucket] = second;
            _count[bucket] = 0;
        }

        _count[bucket]++;
    }

    public double PerSecond(DateTimeOffset now)
    {
        var last = now.ToUnixTimeSeconds();
        var total = 0L;
        for (var bucket = 0; bucket < Seconds; bucket++)
        {
            if (_second[bucket] > last - Seconds && _second[bucket] <= last)
            {
                total += _count[bucket];
            }
        }

        return (double)total / Seconds;
    }
}

/// <summary>A queue that forgets its oldest item when full.</summary>
internal sealed class BoundedQueue<T>(int capacity)
{
    private readonly Queue<T> _items = new();

    public int Count => _items.Count;

    public void Add(T item)
    {
        _items.Enqueue(item);
        if (_items.Count > capacity)
        {
            _items.Dequeue();
        }
    }

    /// <summary>The items, newest first.</summary>
    public IReadOnlyList<T> NewestFirst() => [.. _items.Reverse()];
}
