using Consortium.Insights.Domain.Collections;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

/// <summary>A stored change rebuilds exactly the set it was taken from, and refuses a base it was not.</summary>
public sealed class SortedSetDeltaTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(13_000, 1, 0)]
    [InlineData(13_000, 0, 1)]
    [InlineData(500, 20, 30)]
    [InlineData(50, 0, 50)]
    public void The_change_between_two_sets_rebuilds_the_second_from_the_first(int size, int added, int removed)
    {
        var random = new Random(size + added + removed);
        var from = Sorted(Enumerable.Range(0, size).Select(_ => NewId(random)));
        var to = Sorted([.. from.Skip(removed), .. Enumerable.Range(0, added).Select(_ => NewId(random))]);

        var delta = SortedSetDelta.Between(from, to);

        Assert.Equal(added + removed, delta.Count);
        Assert.Equal(Sorted(delta.Added), delta.Added);
        Assert.Equal(Sorted(delta.Removed), delta.Removed);
        Assert.Equal(to, delta.ApplyTo(from));
    }

    [Fact]
    public void A_change_applied_to_another_base_is_refused()
    {
        Guid[] from = Sorted([Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()]);
        var delta = SortedSetDelta.Between(from, from[1..]);

        Assert.Throws<InvalidOperationException>(() => delta.ApplyTo(from[1..]));
        Assert.Throws<InvalidOperationException>(() => new SortedSetDelta([from[0]], []).ApplyTo(from));
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static Guid[] Sorted(IEnumerable<Guid> ids) => [.. ids.Distinct().Order()];
}
