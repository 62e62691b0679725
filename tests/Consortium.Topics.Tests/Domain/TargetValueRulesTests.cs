using Consortium.Topics.Domain;
using Xunit;

namespace Consortium.Topics.Tests.Domain;

/// <summary>The value rules Submissions will apply to every reported value.</summary>
public sealed class TargetValueRulesTests
{
    private static readonly MeasureSpec Percentage = new(MeasureType.Percentage);
    private static readonly MeasureSpec Count = new(MeasureType.Count);
    private static readonly MeasureSpec Amount = new(MeasureType.Amount, Currency: "USD");
    private static readonly MeasureSpec Ratio = new(MeasureType.Ratio);
    private static readonly MeasureSpec Scale = new(MeasureType.Scale, ScaleMin: 1m, ScaleMax: 5m);
    private static readonly MeasureSpec Rubric = new(MeasureType.Rubric, RubricLevelCount: 4);
    private static readonly MeasureSpec YesNo = new(MeasureType.YesNo);
    private static readonly MeasureSpec Text = new(MeasureType.Text);

    [Theory]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("42.25", true)]
    [InlineData("42.250", true)]
    [InlineData("105", false)]
    [InlineData("-1", false)]
    [InlineData("42.125", false)]
    public void Percentages_are_0_to_100_with_at_most_two_decimals(string value, bool valid) =>
        Assert.Equal(valid, TargetValueRules.CheckNumber(Percentage, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) is null);

    [Theory]
    [InlineData("0", true)]
    [InlineData("1250", true)]
    [InlineData("12.0", true)]
    [InlineData("12.5", false)]
    [InlineData("-3", false)]
    public void Counts_are_whole_numbers_from_zero(string value, bool valid) =>
        Assert.Equal(valid, TargetValueRules.CheckNumber(Count, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) is null);

    [Theory]
    [InlineData("0", true)]
    [InlineData("1999.99", true)]
    [InlineData("1999.999", false)]
    [InlineData("-0.01", false)]
    public void Amounts_are_non_negative_with_cents(string value, bool valid) =>
        Assert.Equal(valid, TargetValueRules.CheckNumber(Amount, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) is null);

    [Theory]
    [InlineData("250", true)]
    [InlineData("0.0125", true)]
    [InlineData("0.00001", false)]
    [InlineData("-1", false)]
    public void Ratios_are_non_negative_with_at_most_four_decimals(string value, bool valid) =>
        Assert.Equal(valid, TargetValueRules.CheckNumber(Ratio, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) is null);

    [Theory]
    [InlineData("1", true)]
    [InlineData("5", true)]
    [InlineData("3.75", true)]
    [InlineData("0.99", false)]
    [InlineData("5.01", false)]
    [InlineData("3.333", false)]
    public void Scale_values_lie_between_min_and_max(string value, bool valid) =>
        Assert.Equal(valid, TargetValueRules.CheckNumber(Scale, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) is null);

    [Theory]
    [InlineData("1", true)]
    [InlineData("4", true)]
    [InlineData("5", false)]
    [InlineData("0", false)]
    [InlineData("2.5", false)]
    public void Rubric_values_are_ranks_of_existing_levels(string value, bool valid) =>
        Assert.Equal(valid, TargetValueRules.CheckNumber(Rubric, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) is null);

    [Fact]
    public void Yes_no_takes_a_yes_or_no_and_nothing_else()
    {
        Assert.Null(TargetValueRules.Check(YesNo, TargetValue.OfYesNo(true)));
        Assert.NotNull(TargetValueRules.Check(YesNo, TargetValue.OfNumber(1)));
        Assert.NotNull(TargetValueRules.Check(YesNo, TargetValue.OfText("yes")));
    }

    [Fact]
    public void Text_takes_non_blank_text_up_to_the_limit()
    {
        Assert.Null(TargetValueRules.Check(Text, TargetValue.OfText("We added student reps to every course team.")));
        Assert.NotNull(TargetValueRules.Check(Text, TargetValue.OfText("   ")));
        Assert.NotNull(TargetValueRules.Check(Text, TargetValue.OfText(new string('x', TargetValueRules.TextMaxLength + 1))));
        Assert.NotNull(TargetValueRules.Check(Text, TargetValue.OfNumber(3)));
    }

    [Fact]
    public void A_value_is_exactly_one_of_number_yes_no_or_text()
    {
        Assert.Equal("Give a value.", TargetValueRules.Check(Percentage, new TargetValue()));
        Assert.Equal("Give one value only.", TargetValueRules.Check(Percentage, new TargetValue { Number = 3, Text = "3" }));
        Assert.NotNull(TargetValueRules.Check(Percentage, TargetValue.OfYesNo(true)));
    }

    [Fact]
    public void Goals_follow_the_value_rules_except_yes_no_as_one_or_zero_and_no_goal_for_text()
    {
        Assert.Null(TargetValueRules.CheckGoal(YesNo, 1m));
        Assert.Null(TargetValueRules.CheckGoal(YesNo, 0m));
        Assert.NotNull(TargetValueRules.CheckGoal(YesNo, 2m));
        Assert.NotNull(TargetValueRules.CheckGoal(Text, 1m));
        Assert.NotNull(TargetValueRules.CheckGoal(Percentage, 120m));
        Assert.Null(TargetValueRules.CheckGoal(Rubric, 4m));
    }

    [Fact]
    public void A_part_is_never_larger_than_its_whole()
    {
        Assert.Null(TargetValueRules.CheckPartOfWhole(40m, 40m, "SV-ALL"));
        Assert.Contains("SV-ALL", TargetValueRules.CheckPartOfWhole(41m, 40m, "SV-ALL"), StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_speak_the_measure()
    {
        Assert.Equal("A percentage is between 0 and 100; 105 is not.", TargetValueRules.CheckNumber(Percentage, 105m));
        Assert.Equal("Choose one of the rubric's levels by its rank, 1 to 4; 5 is not a level.", TargetValueRules.CheckNumber(Rubric, 5m));
    }
}
