using Consortium.Insights.Domain;
using Consortium.Insights.Domain.Statistics;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

// Expected quartiles computed by hand with Hyndman–Fan type 7: h = (n − 1)·p,
// Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) with 0-based x sorted ascending
// (= Excel QUARTILE.INC, R quantile(type = 7)).
public class DistributionTests
{
    [Fact]
    public void Quartiles_of_one_to_ten_match_excel_quartile_inc()
    {
        // n = 10. Q1: h = 2.25 → 3 + 0.25·(4 − 3) = 3.25. Median: h = 4.5 → 5.5. Q3: h = 6.75 → 7 + 0.75 = 7.75.
        var d = Distribution.Continuous([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);

        Assert.Equal((10, 1m, 3.25m, 5.5m, 7.75m, 10m, 5.5m), (d.Count, d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean));
    }

    [Fact]
    public void Quartiles_of_five_percentages_fall_on_values()
    {
        // Sorted 7, 12.5, 22, 31, 40; n = 5 → h = 1, 2, 3 exactly. Mean = 112.5 / 5 = 22.5.
        var d = Distribution.Continuous([12.5m, 40m, 7m, 22m, 31m]);

        Assert.Equal((7m, 12.5m, 22m, 31m, 40m, 22.5m), (d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean));
    }

    [Fact]
    public void Quartiles_interpolate_between_ties_and_gaps()
    {
        // Sorted 2, 4, 4, 5, 7, 9; n = 6. Q1: h = 1.25 → 4 + 0.25·0 = 4. Median: h = 2.5 → 4 + 0.5·1 = 4.5.
        // Q3: h = 3.75 → 5 + 0.75·2 = 6.5. Mean = 31 / 6.
        var d = Distribution.Continuous([9, 4, 2, 7, 4, 5]);

        Assert.Equal((4m, 4.5m, 6.5m), (d.Q1, d.Median, d.Q3));
        Assert.Equal(31m / 6m, d.Mean);
    }

    [Fact]
    public void A_single_value_is_every_statistic()
    {
        var d = Distribution.Continuous([42m]);

        Assert.Equal([42m, 42m, 42m, 42m, 42m, 42m], [d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean]);
    }

    [Fact]
    public void No_values_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Distribution.Continuous([]));
    }

    [Fact]
    public void Rubric_quartiles_are_reported_levels_not_interpolations()
    {
        // Type 1: Q(p) = x[⌈n·p⌉] (1-based). Ranks 1, 2, 2, 3, 4: Q1 = x[⌈1.25⌉ = 2] = 2,
        // median = x[⌈2.5⌉ = 3] = 2, Q3 = x[⌈3.75⌉ = 4] = 3. (Type 7 would give 2, 2, 3 here but 2.5 for 1..4.)
        var d = Distribution.Ordinal([4, 2, 1, 3, 2]);
        Assert.True(d.IsOrdinal);
        Assert.Equal((2m, 2m, 3m), (d.Q1, d.Median, d.Q3));

        // Ranks 1, 2, 3, 4: Q1 = x[1] = 1, median = x[2] = 2, Q3 = x[3] = 3 — never "level 2.5".
        var even = Distribution.Ordinal([1, 2, 3, 4]);
        Assert.Equal((1m, 2m, 3m), (even.Q1, even.Median, even.Q3));
    }

    [Fact]
    public void Quantile_type7_at_the_ends_is_min_and_max()
    {
        decimal[] sorted = [3m, 8m, 20m];

        Assert.Equal((3m, 20m), (Quantiles.Type7(sorted, 0m), Quantiles.Type7(sorted, 1m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantiles.Type7(sorted, 1.5m));
    }
}
