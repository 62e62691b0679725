using Consortium.Insights.Domain;
using Consortium.Insights.Domain.Statistics;
using Consortium.ServiceDefaults.Domain.Measures;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

public class MeasureSummaryTests
{
    [Fact]
    public void Yes_no_is_a_share_of_yes()
    {
        var s = MeasureSummary.YesNo([1, 0, 1, 1]);

        Assert.Equal((4, 3, 1, 75m), (s.Count, s.Yes, s.No, s.YesPercent));
    }

    [Fact]
    public void Yes_no_values_other_than_one_or_zero_are_refused()
    {
        Assert.Throws<ArgumentException>(() => MeasureSummary.YesNo([1, 0.5m]));
    }

    [Fact]
    public void Text_is_never_aggregated()
    {
        Assert.False(MeasureSummary.IsAggregable(MeasureType.Text));
        Assert.Throws<ArgumentException>(() => MeasureSummary.Distribution(MeasureType.Text, [1m]));
    }

    [Fact]
    public void Yes_no_has_no_quartiles()
    {
        Assert.Throws<ArgumentException>(() => MeasureSummary.Distribution(MeasureType.YesNo, [1m, 0m]));
    }

    [Fact]
    public void Rubric_uses_ordinal_quartiles_and_refuses_fractional_levels()
    {
        Assert.True(MeasureSummary.Distribution(MeasureType.Rubric, [1m, 2m, 3m, 4m]).IsOrdinal);
        Assert.Throws<ArgumentException>(() => MeasureSummary.Distribution(MeasureType.Rubric, [1.5m, 2m]));
    }

    [Fact]
    public void Numeric_measures_use_interpolated_quartiles()
    {
        var d = MeasureSummary.Distribution(MeasureType.Percentage, [1m, 2m, 3m, 4m]);

        Assert.False(d.IsOrdinal);
        Assert.Equal(2.5m, d.Median);
    }
}
