using Consortium.Insights.Domain.Learning;
using Consortium.ServiceDefaults.Domain.Measures;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

public class LearningTests
{
    private static readonly TargetDirection[] Targets =
    [
        new("PCT", Direction.HigherIsBetter),
        new("ABSENCE", Direction.LowerIsBetter),
        new("CHOICE", Direction.Neither),
    ];

    private static TopicReport Report(int? stage, params (string Code, decimal Value)[] values) =>
        new(stage, values.ToDictionary(v => v.Code, v => v.Value));

    [Fact]
    public void A_higher_stage_or_a_better_value_in_the_targets_direction_is_a_reason_to_learn()
    {
        var own = Report(2, ("PCT", 40m), ("ABSENCE", 12m), ("CHOICE", 1m));

        var reasons = LearningReasons.Compare(own, Report(3, ("PCT", 55m), ("ABSENCE", 9m), ("CHOICE", 2m)), Targets);

        Assert.True(reasons.HigherStage);
        Assert.Equal([new BetterValue("PCT", 55m, 40m), new BetterValue("ABSENCE", 9m, 12m)], reasons.BetterValues);
        Assert.True(reasons.Any);
    }

    [Fact]
    public void Worse_equal_or_undirected_values_and_a_lower_stage_are_no_reason()
    {
        var own = Report(4, ("PCT", 40m), ("ABSENCE", 12m), ("CHOICE", 1m));

        var reasons = LearningReasons.Compare(own, Report(3, ("PCT", 40m), ("ABSENCE", 15m), ("CHOICE", 9m)), Targets);

        Assert.False(reasons.Any);
    }

    [Fact]
    public void Without_a_value_of_ones_own_there_is_nothing_to_be_better_than_but_any_stated_stage_is_above_none()
    {
        var reasons = LearningReasons.Compare(Report(null), Report(1, ("PCT", 90m)), Targets);

        Assert.True(reasons.HigherStage);
        Assert.Empty(reasons.BetterValues);
        Assert.False(LearningReasons.Compare(Report(null), Report(null, ("PCT", 90m)), Targets).Any);
    }

    [Fact]
    public void A_narrative_summary_keeps_whole_words_and_marks_the_cut()
    {
        Assert.Equal("Short text", NarrativeSummary.Of("Short \n text"));
        Assert.Equal("Every high…", NarrativeSummary.Of("Every high school runs a council.", 12));
        var long300 = string.Join(' ', Enumerable.Repeat("word", 100));
        var summary = NarrativeSummary.Of(long300);
        Assert.True(summary.Length <= NarrativeSummary.DefaultLength + 1);
        Assert.EndsWith("word…", summary);
    }
}
