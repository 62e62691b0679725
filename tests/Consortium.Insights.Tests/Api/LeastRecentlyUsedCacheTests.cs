using Consortium.Insights.Api;
using Xunit;

namespace Consortium.Insights.Tests.Api;

/// <summary>The bounded cache behind the process's prepared answers and answered groups: what it keeps, what makes room.</summary>
public sealed class LeastRecentlyUsedCacheTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void An_entry_that_does_not_fit_pushes_out_the_least_recently_used()
    {
        var cache = new LeastRecentlyUsedCache<string, string>(100, _clock);
        cache.Set("a", "A", 40);
        cache.Set("b", "B", 40);
        Assert.True(cache.TryGet("a", out _));

        cache.Set("c", "C", 40);

        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal("A", a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
        Assert.Equal(80, cache.Size);
    }

    [Fact]
    public void A_large_entry_is_kept_in_a_cache_full_of_small_ones()
    {
        var cache = new LeastRecentlyUsedCache<int, string>(1_000, _clock);
        for (var i = 0; i < 1_000; i++)
        {
            cache.Set(i, "small", 1);
        }

        cache.Set(-1, "large", 600);

        Assert.True(cache.TryGet(-1, out _));
        Assert.False(cache.TryGet(0, out _));
        Assert.False(cache.TryGet(599, out _));
        Assert.True(cache.TryGet(600, out _));
        Assert.Equal(1_000, cache.Size);
    }

    [Fact]
    public void An_entry_larger_than_the_capacity_is_not_kept_and_drops_nothing()
    {
        var cache = new LeastRecentlyUsedCache<string, string>(100, _clock);
        cache.Set("kept", "K", 60);

        cache.Set("huge", "H", 101);

        Assert.False(cache.TryGet("huge", out _));
        Assert.True(cache.TryGet("kept", out _));
        Assert.Equal(60, cache.Size);
    }

    [Fact]
    public void Setting_a_key_again_replaces_its_value_and_size()
    {
        var cache = new LeastRecentlyUsedCache<string, string>(100, _clock);
        cache.Set("k", "first", 70);
        cache.Set("k", "second", 30);
        cache.Set("other", "O", 70);

        Assert.True(cache.TryGet("k", out var value));
        Assert.Equal("second", value);
        Assert.Equal(100, cache.Size);
    }

    [Fact]
    public void An_entry_is_not_returned_after_its_lifetime()
    {
        var cache = new LeastRecentlyUsedCache<string, string>(100, _clock);
        cache.Set("short", "S", 10, TimeSpan.FromMinutes(2));
        cache.Set("forever", "F", 10);

        _clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromTicks(1));
        Assert.True(cache.TryGet("short", out _));
        _clock.Advance(TimeSpan.FromTicks(1));

        Assert.False(cache.TryGet("short", out _));
        Assert.True(cache.TryGet("forever", out _));
        Assert.Equal(10, cache.Size);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
