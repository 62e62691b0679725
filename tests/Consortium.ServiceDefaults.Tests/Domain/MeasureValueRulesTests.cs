using System.Globalization;
using Consortium.ServiceDefaults.Domain.Measures;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Domain;

/// <summary>The value rules Topics applies to goals and Submissions to every reported value.</summary>
public sealed class MeasureValueRulesTests
{
    private static readonly MeasureSpec Percentage = new(MeasureType.Percentage);
    private static readonly MeasureSpec Count = new(MeasureType.Count);
    private static readonly MeasureSpec Amount = new(MeasureType.Amount, Currency: "USD");
    private static readonly MeasureSpec Ratio = new(MeasureType.Ratio);
    private static readonly MeasureSpec Scale = new(MeasureType.Scale, ScaleMin: 1m, ScaleMax: 5m);
    private static readonly MeasureSpec Rubric = new(MeasureType.Rubric, RubricLevels: ["Exploration", "Installation", "Initial", "Full"]);
    private static readonly MeasureSpec YesNo = new(MeasureType.YesNo);
    private static readonly MeasureSpec Text = new(MeasureType.Text);

    [Theory]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("42.25", true)]
    [InlineData("42.250", true)]
    [InlineData("105", false)]
    [InlineData("100.01", false)]
    [InlineData("-1", false)]
    [InlineData("42.125", false)]
    public void Percentages_are_0_to_100_with_at_most_two_decimals(string value, bool valid) =>
        Assert.Equal(valid, MeasureValueRules.CheckNumber(Percentage, Number(value)) is null);

    [Theory]
    [InlineData("0", true)]
    [InlineData("1250", true)]
    [InlineData("12.0", true)]
    [InlineData("12.5", false)]
    [InlineData("-3", false)]
    public void Counts_are_whole_numbers_from_zero(string value, bool valid) =>
        Assert.Equal(valid, MeasureValueRules.CheckNumber(Count, Number(value)) is null);

    [Theory]
    [InlineData("0", true)]
    [InlineData("1999.99", true)]
    [InlineData("1999.999", false)]
    [InlineData("-0.01", false)]
    public void Amounts_are_non_negative_with_cents(string value, bool valid) =>
        Assert.Equal(valid, MeasureValueRules.CheckNumber(Amount, Number(value)) is null);

    [Theory]
    [InlineData("250", true)]
    [InlineData("0.0125", true)]
    [InlineData("0.00001", false)]
    [InlineData("-1", false)]
    public void Ratios_are_non_negative_with_at_most_four_decimals(string value, bool valid) =>
        Assert.Equal(valid, MeasureValueRules.CheckNumber(Ratio, Number(value)) is null);

    [Theory]
    [InlineData("1", true)]
    [InlineData("5", true)]
    [InlineData("3.75", true)]
    [InlineData("0.99", false)]
    [InlineData("5.01", false)]
    [InlineData("3.333", false)]
    public void Scale_values_lie_between_min_and_max_with_at_most_two_decimals(string value, bool valid) =>
        Assert.Equal(valid, MeasureValueRules.CheckNumber(Scale, Number(value)) is null);

    [Fact]
    public void A_scale_with_one_bound_checks_that_bound()
    {
        var fromOne = new MeasureSpec(MeasureType.Scale, ScaleMin: 1m);
        Assert.Null(MeasureValueRules.CheckNumber(fromOne, 99m));
        Assert.Equal("Choose a value of 1 or more; 0 is outside the scale.", MeasureValueRules.CheckNumber(fromOne, 0m));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("4", true)]
    [InlineData("5", false)]
    [InlineData("0", false)]
    [InlineData("2.5", false)]
    public void Rubric_values_are_ranks_of_existing_levels(string value, bool valid) =>
        Assert.Equal(valid, MeasureValueRules.CheckNumber(Rubric, Number(value)) is null);

    [Fact]
    public void Yes_no_takes_a_yes_or_no_and_nothing_else()
    {
        Assert.Null(MeasureValueRules.Check(YesNo, MeasureValue.OfYesNo(false)));
        Assert.Equal("Answer yes or no, not the number 1.", MeasureValueRules.Check(YesNo, MeasureValue.OfNumber(1)));
        Assert.Equal("Answer yes or no, not text.", MeasureValueRules.Check(YesNo, MeasureValue.OfText("yes")));
    }

    [Fact]
    public void Text_takes_non_blank_text_up_to_the_limit_not_counting_surrounding_spaces()
    {
        Assert.Null(MeasureValueRules.Check(Text, MeasureValue.OfText("We added student reps to every course team.")));
        Assert.Null(MeasureValueRules.Check(Text, MeasureValue.OfText($"  {new string('x', MeasureValueRules.TextMaxLength)}  ")));
        Assert.Equal("Write an answer.", MeasureValueRules.Check(Text, MeasureValue.OfText("   ")));
        Assert.Contains("4000 characters", MeasureValueRules.Check(Text, MeasureValue.OfText(new string('x', MeasureValueRules.TextMaxLength + 1))), StringComparison.Ordinal);
        Assert.Equal("Answer in words, not the rubric rank 2.", MeasureValueRules.Check(Text, MeasureValue.OfRubricRank(2)));
    }

    [Fact]
    public void A_rubric_is_answered_by_the_rank_of_a_level_not_by_a_number_or_words()
    {
        Assert.Null(MeasureValueRules.Check(Rubric, MeasureValue.OfRubricRank(4)));
        Assert.NotNull(MeasureValueRules.Check(Rubric, MeasureValue.OfRubricRank(5)));
        Assert.EndsWith(", not the number 3.", MeasureValueRules.Check(Rubric, MeasureValue.OfNumber(3)), StringComparison.Ordinal);
        Assert.EndsWith(", not text.", MeasureValueRules.Check(Rubric, MeasureValue.OfText("Full")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_is_exactly_one_of_number_rubric_rank_yes_no_or_text()
    {
        Assert.Equal("Give a value.", MeasureValueRules.Check(Percentage, new MeasureValue()));
        Assert.Equal("Give one value only.", MeasureValueRules.Check(Percentage, new MeasureValue { Number = 3, Text = "3" }));
        Assert.Equal("Give a percentage from 0 to 100, not yes.", MeasureValueRules.Check(Percentage, MeasureValue.OfYesNo(true)));
        Assert.Null(MeasureValueRules.Check(Percentage, MeasureValue.OfNumber(62.5m)));
    }

    [Fact]
    public void Only_summable_quantities_can_be_part_of_a_whole()
    {
        Assert.All([MeasureType.Percentage, MeasureType.Count, MeasureType.Amount, MeasureType.Ratio], type => Assert.True(MeasureValueRules.CanBePartOfWhole(type)));
        Assert.All([MeasureType.Scale, MeasureType.Rubric, MeasureType.YesNo, MeasureType.Text], type => Assert.False(MeasureValueRules.CanBePartOfWhole(type)));
    }

    [Fact]
    public void A_part_is_never_larger_than_its_whole()
    {
        Assert.Null(MeasureValueRules.CheckPartOfWhole(40m, 40m, "SV-ALL"));
        Assert.Equal("This is part of SV-ALL, so it cannot be larger: 41 is more than 40.", MeasureValueRules.CheckPartOfWhole(41m, 40m, "SV-ALL"));
    }

    [Fact]
    public void Messages_speak_the_measure()
    {
        Assert.Equal("A percentage is between 0 and 100; 105 is not.", MeasureValueRules.CheckNumber(Percentage, 105m));
        Assert.Equal("Round a percentage to at most 2 decimal places; 33.333 has more.", MeasureValueRules.CheckNumber(Percentage, 33.333m));
        Assert.Equal("Round an amount in USD to at most 2 decimal places; 10.125 has more.", MeasureValueRules.CheckNumber(Amount, 10.125m));
        Assert.Equal("Choose a value from 1 to 5; 5.1 is outside the scale.", MeasureValueRules.CheckNumber(Scale, 5.10m));
        Assert.Equal(
            "Choose one of the rubric's levels by its rank (1 = Exploration, 2 = Installation, 3 = Initial, 4 = Full); 5 is not a level.",
            MeasureValueRules.CheckNumber(Rubric, 5m));
    }

    private static decimal Number(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
