using Consortium.Insights.Domain;
using Consortium.Insights.Domain.Statistics;
using Consortium.ServiceDefaults.Domain.Measures;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

// Values 10, 20, 20, 30, 40 with the caller at 20: the others are 10, 20, 30, 40 —
// 1 below, 1 tied, 2 above. Mid-rank percentile = (1 + 0.5) / 4 · 100 = 37.5.
public class PositionTests
{
    private static readonly Distribution Values = Distribution.Continuous([10, 20, 20, 30, 40]);

    [Fact]
    public void Higher_is_better_counts_the_others_below()
    {
        var p = Values.PositionOf(20m, Direction.HigherIsBetter);

        Assert.Equal((4, 1, 1, 2, 37.5m), (p.Others, p.Below, p.Tied, p.Above, p.PercentileRank));
        Assert.Equal((1, 2, 37.5m), (p.BetterThan, p.WorseThan, p.BetterThanPercent));
    }

    [Fact]
    public void Lower_is_better_counts_the_others_above()
    {
        // Better than the 2 above; share = (2 + 0.5) / 4 · 100 = 62.5. The value rank stays 37.5.
        var p = Values.PositionOf(20m, Direction.LowerIsBetter);

        Assert.Equal((2, 1, 62.5m, 37.5m), (p.BetterThan, p.WorseThan, p.BetterThanPercent, p.PercentileRank));
    }

    [Fact]
    public void Neither_gives_position_but_never_better_than()
    {
        var p = Values.PositionOf(20m, Direction.Neither);

        Assert.Equal(37.5m, p.PercentileRank);
        Assert.Null(p.BetterThan);
        Assert.Null(p.WorseThan);
        Assert.Null(p.BetterThanPercent);
    }

    [Fact]
    public void The_caller_is_never_compared_with_itself()
    {
        // Highest of 5: 4 others, all below → (4 + 0) / 4 = 100.
        var p = Values.PositionOf(40m, Direction.HigherIsBetter);

        Assert.Equal((4, 4, 0, 100m), (p.Others, p.BetterThan, p.Tied, p.PercentileRank));
    }

    [Fact]
    public void Tied_with_everyone_sits_in_the_middle()
    {
        var p = Distribution.Continuous([7, 7, 7, 7, 7]).PositionOf(7m, Direction.HigherIsBetter);

        Assert.Equal((50m, 0), (p.PercentileRank, p.BetterThan));
    }

    [Fact]
    public void Lowest_is_best_when_lower_is_better()
    {
        var p = Values.PositionOf(10m, Direction.LowerIsBetter);

        Assert.Equal((0m, 4, 100m), (p.PercentileRank, p.BetterThan, p.BetterThanPercent));
    }

    [Theory]
    [InlineData(1, Direction.HigherIsBetter)]
    [InlineData(2, Direction.LowerIsBetter)]
    [InlineData(3, Direction.Neither)]
    [InlineData(4, Direction.HigherIsBetter)]
    [InlineData(5, Direction.LowerIsBetter)]
    public void Binary_search_in_sorted_values_finds_the_same_position_as_counting(int seed, Direction direction)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, random.Next(2, 60)).Select(_ => (decimal)random.Next(0, 12)).Order().ToList();

        foreach (var probe in Enumerable.Range(-1, 14).Select(v => (decimal)v))
        {
            var among = values.Contains(probe);
            var others = values.ToList();
            others.Remove(probe);

            Assert.Equal(Position.Among(probe, others, direction), Position.InSorted(probe, values, among, direction));
        }
    }

    [Fact]
    public void An_own_value_said_to_be_among_the_values_must_be_there()
    {
        Assert.Throws<ArgumentException>(() => Position.InSorted(15m, [10m, 20m], ownValueIsAmongThem: true, Direction.HigherIsBetter));
        Assert.Throws<ArgumentException>(() => Position.InSorted(10m, [10m], ownValueIsAmongThem: true, Direction.HigherIsBetter));
    }
}
