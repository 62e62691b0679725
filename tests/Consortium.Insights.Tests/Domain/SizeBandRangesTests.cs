using Consortium.Insights.Domain.Bench;
using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.Peers;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

public class SizeBandRangesTests
{
    private static readonly SuppressionFloor Floor = new(5);

    [Fact]
    public void Every_band_stands_alone_when_each_reaches_k()
    {
        var ranges = SizeBandRanges.Merge(Counts(5, 9, 6, 12), Floor);

        Assert.Equal(
            [new(SizeBand.Small, SizeBand.Small), new(SizeBand.Medium, SizeBand.Medium), new(SizeBand.Large, SizeBand.Large), new(SizeBand.VeryLarge, SizeBand.VeryLarge)],
            ranges);
    }

    [Fact]
    public void Thin_bands_join_their_larger_neighbour_until_k()
    {
        // The demo consortium: 2 small, 4 medium, 4 large, 2 very large districts.
        var ranges = SizeBandRanges.Merge(Counts(2, 4, 4, 2), Floor);

        Assert.Equal([new(SizeBand.Small, SizeBand.Medium), new(SizeBand.Large, SizeBand.VeryLarge)], ranges);
    }

    [Fact]
    public void A_short_tail_joins_the_group_before_it()
    {
        var ranges = SizeBandRanges.Merge(Counts(2, 3, 6, 1), Floor);

        Assert.Equal([new(SizeBand.Small, SizeBand.Medium), new(SizeBand.Large, SizeBand.VeryLarge)], ranges);
    }

    [Fact]
    public void Fewer_than_k_districts_in_all_make_one_group_for_the_floor_to_suppress()
    {
        var ranges = SizeBandRanges.Merge(Counts(1, 1, 1, 1), Floor);

        var only = Assert.Single(ranges);
        Assert.Equal(new SizeBandRange(SizeBand.Small, SizeBand.VeryLarge), only);
    }

    [Theory]
    [InlineData(0, 0, 0, 30)]
    [InlineData(3, 3, 3, 3)]
    [InlineData(7, 0, 0, 0)]
    public void Groups_partition_the_bands_and_each_with_districts_covers_at_least_k(int small, int medium, int large, int veryLarge)
    {
        var counts = Counts(small, medium, large, veryLarge);
        var ranges = SizeBandRanges.Merge(counts, Floor);

        Assert.All(Enum.GetValues<SizeBand>(), band => Assert.Single(ranges, r => r.Contains(band)));
        Assert.All(ranges.Select(r => counts.Where(c => r.Contains(c.Key)).Sum(c => c.Value)), districts => Assert.True(districts is 0 || districts >= Floor.K));
    }

    [Fact]
    public void Empty_bands_are_reported_alone_rather_than_named_in_a_merge()
    {
        var ranges = SizeBandRanges.Merge(Counts(0, 0, 5, 0), Floor);

        Assert.Equal(
            [new(SizeBand.Small, SizeBand.Small), new(SizeBand.Medium, SizeBand.Medium), new(SizeBand.Large, SizeBand.Large), new(SizeBand.VeryLarge, SizeBand.VeryLarge)],
            ranges);
    }

    private static Dictionary<SizeBand, int> Counts(int small, int medium, int large, int veryLarge) => new()
    {
        [SizeBand.Small] = small,
        [SizeBand.Medium] = medium,
        [SizeBand.Large] = large,
        [SizeBand.VeryLarge] = veryLarge,
    };
}
