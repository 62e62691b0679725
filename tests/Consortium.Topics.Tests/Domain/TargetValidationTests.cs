using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.Testing.Domain;
using Consortium.Topics.Domain;
using Xunit;

namespace Consortium.Topics.Tests.Domain;

/// <summary>One target definition on its own: texts, code, and the parameters of each measure type.</summary>
public sealed class TargetValidationTests
{
    private static TargetDefinition Valid(TargetDefinition definition)
    {
        var violations = new Violations();
        var valid = TargetValidation.Validate(definition, violations, "target");
        violations.ThrowIfAny();
        return valid!;
    }

    private static void Invalid(TargetDefinition definition, params string[] fields) =>
        Expect.Violations(() => Valid(definition), [.. fields.Select(field => $"target.{field}")]);

    [Fact]
    public void A_valid_definition_is_trimmed_and_its_code_uppercased()
    {
        var valid = Valid(Sample.Percentage() with { Code = "  sv-courses ", Name = "  Courses  " });

        Assert.Equal("SV-COURSES", valid.Code);
        Assert.Equal("Courses", valid.Name);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("-LEADING")]
    [InlineData("HAS SPACE")]
    [InlineData("UNDER_SCORE")]
    [InlineData("THIS-CODE-IS-FAR-TOO-LONG-FOR-ANY-TARGET-1")]
    public void Codes_are_2_to_40_letters_digits_and_hyphens(string code) =>
        Invalid(Sample.Percentage() with { Code = code }, TargetFields.Code);

    [Fact]
    public void Name_definition_and_measure_type_are_required_and_reported_together() =>
        Invalid(new TargetDefinition { Code = "X1" }, TargetFields.Name, TargetFields.Definition, TargetFields.MeasureType);

    [Fact]
    public void Parameters_of_other_measure_types_are_refused() =>
        Invalid(
            Sample.Percentage() with { Currency = "USD", ScaleMin = 1, ScaleMax = 5, RubricLevels = Sample.ImplementationStages },
            TargetFields.Currency, TargetFields.ScaleMin, TargetFields.ScaleMax, TargetFields.RubricLevels);

    [Theory]
    [InlineData(null)]
    [InlineData("US")]
    [InlineData("US$")]
    public void Amounts_need_an_ISO_4217_currency(string? currency) =>
        Invalid(Sample.Amount() with { Currency = currency }, TargetFields.Currency);

    [Fact]
    public void An_amount_currency_is_uppercased() => Assert.Equal("USD", Valid(Sample.Amount(currency: "usd")).Currency);

    [Fact]
    public void A_scale_needs_min_below_max()
    {
        Invalid(Sample.Scale() with { ScaleMin = null, ScaleMax = null }, TargetFields.ScaleMin, TargetFields.ScaleMax);
        Invalid(Sample.Scale(5m, 5m), TargetFields.ScaleMax);
    }

    [Fact]
    public void Scale_labels_lie_on_the_scale_with_unique_values_and_come_back_sorted()
    {
        Invalid(Sample.Scale(1, 5, new ScaleLabel(6, "Beyond")), "scale_labels[0].value");
        Invalid(Sample.Scale(1, 5, new ScaleLabel(1, "Low"), new ScaleLabel(1, "Also low")), "scale_labels[1].value");
        Invalid(Sample.Scale(1, 5, new ScaleLabel(1, " ")), "scale_labels[0].label");

        var valid = Valid(Sample.Scale(1, 5, new ScaleLabel(5, "Always"), new ScaleLabel(1, "Never")));
        Assert.Equal([1m, 5m], valid.ScaleLabels.Select(label => label.Value));
    }

    [Fact]
    public void A_rubric_has_two_to_ten_levels_ranked_by_position()
    {
        var valid = Valid(Sample.Rubric());
        Assert.Equal([1, 2, 3, 4], valid.RubricLevels.Select(level => level.Rank));
        Assert.Equal("Full implementation", valid.RubricLevels[3].Label);

        Invalid(Sample.Rubric(new RubricLevel(0, "Only", "One level")), TargetFields.RubricLevels);
        Invalid(Sample.Rubric() with { RubricLevels = [.. Enumerable.Range(1, 11).Select(i => new RubricLevel(0, $"L{i}", "d"))], GoalValue = null }, TargetFields.RubricLevels);
    }

    [Fact]
    public void Rubric_levels_need_labels_descriptors_unique_labels_and_ranks_matching_their_position() =>
        Invalid(
            Sample.Rubric(new RubricLevel(2, "Exploration", "x"), new RubricLevel(0, "exploration", "y"), new RubricLevel(0, "Full", " ")) with { GoalValue = null },
            "rubric_levels[0].rank", "rubric_levels[1].label", "rubric_levels[2].descriptor");

    [Fact]
    public void Direction_defaults_to_neither_for_text_and_yes_no_and_higher_for_rubrics()
    {
        Assert.Equal(Direction.Neither, Valid(Sample.Text()).Direction);
        Assert.Equal(Direction.Neither, Valid(Sample.YesNo()).Direction);
        Assert.Equal(Direction.HigherIsBetter, Valid(Sample.YesNo() with { Direction = Direction.HigherIsBetter }).Direction);
        Assert.Equal(Direction.HigherIsBetter, Valid(Sample.Rubric()).Direction);
    }

    [Fact]
    public void Numeric_targets_must_say_which_way_is_better_and_text_is_never_ranked()
    {
        Invalid(Sample.Percentage() with { Direction = null }, TargetFields.Direction);
        Invalid(Sample.Text() with { Direction = Direction.HigherIsBetter }, TargetFields.Direction);
    }

    [Theory]
    [InlineData(MeasureType.Percentage, "101")]
    [InlineData(MeasureType.Count, "2.5")]
    [InlineData(MeasureType.Rubric, "5")]
    [InlineData(MeasureType.YesNo, "2")]
    [InlineData(MeasureType.Text, "1")]
    public void A_goal_must_be_a_valid_value_of_the_measure(MeasureType type, string goal)
    {
        var definition = type switch
        {
            MeasureType.Percentage => Sample.Percentage(),
            MeasureType.Count => Sample.Count(),
            MeasureType.Rubric => Sample.Rubric(),
            MeasureType.YesNo => Sample.YesNo(),
            _ => Sample.Text(),
        };
        Invalid(definition with { GoalValue = decimal.Parse(goal, System.Globalization.CultureInfo.InvariantCulture) }, TargetFields.GoalValue);
    }

    [Fact]
    public void A_scale_goal_must_lie_on_the_scale()
    {
        Invalid(Sample.Scale() with { GoalValue = 6m }, TargetFields.GoalValue);
        Assert.Equal(4.5m, Valid(Sample.Scale() with { GoalValue = 4.5m }).GoalValue);
    }

    [Fact]
    public void Goals_follow_the_value_rules_except_yes_no_as_one_or_zero_and_no_goal_for_text()
    {
        var yesNo = new MeasureSpec(MeasureType.YesNo);
        Assert.Null(TargetValidation.CheckGoal(yesNo, 1m));
        Assert.Null(TargetValidation.CheckGoal(yesNo, 0m));
        Assert.NotNull(TargetValidation.CheckGoal(yesNo, 2m));
        Assert.NotNull(TargetValidation.CheckGoal(new MeasureSpec(MeasureType.Text), 1m));
        Assert.NotNull(TargetValidation.CheckGoal(new MeasureSpec(MeasureType.Percentage), 120m));
        Assert.Null(TargetValidation.CheckGoal(new MeasureSpec(MeasureType.Rubric, RubricLevels: ["Exploration", "Installation", "Initial", "Full"]), 4m));
    }
}
