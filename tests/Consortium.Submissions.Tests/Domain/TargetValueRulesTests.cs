using Consortium.Submissions.Domain;
using Xunit;

namespace Consortium.Submissions.Tests.Domain;

/// <summary>Every measure type takes exactly the values its definition allows, and says why not otherwise.</summary>
public sealed class TargetValueRulesTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("62.5")]
    [InlineData("33.33")]
    public void A_percentage_from_0_to_100_with_two_decimals_is_valid(string number) =>
        AssertValid(Sample.PctVoice, new TargetValueInput("PCT-VOICE", Number: decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("-0.1", "from 0 to 100")]
    [InlineData("100.01", "from 0 to 100")]
    [InlineData("33.333", "2 decimal places")]
    public void A_percentage_outside_0_to_100_or_too_precise_is_invalid(string number, string expected) =>
        AssertProblem(Sample.PctVoice, new TargetValueInput("PCT-VOICE", Number: decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture)), expected);

    [Fact]
    public void A_count_is_a_whole_number_of_zero_or_more()
    {
        AssertValid(Sample.Enrolled, new TargetValueInput("ENROLLED", Number: 0));
        AssertValid(Sample.Enrolled, new TargetValueInput("ENROLLED", Number: 1200));
        AssertProblem(Sample.Enrolled, new TargetValueInput("ENROLLED", Number: 12.5m), "whole number");
        AssertProblem(Sample.Enrolled, new TargetValueInput("ENROLLED", Number: -1), "0 or more");
    }

    [Fact]
    public void An_amount_is_zero_or_more_in_cents_at_most()
    {
        AssertValid(Sample.Spend, new TargetValueInput("SPEND", Number: 14_250.75m));
        AssertProblem(Sample.Spend, new TargetValueInput("SPEND", Number: -5), "0 or more");
        AssertProblem(Sample.Spend, new TargetValueInput("SPEND", Number: 10.125m), "2 decimal places");
    }

    [Fact]
    public void A_ratio_is_zero_or_more()
    {
        AssertValid(Sample.Counselors, new TargetValueInput("COUNSELOR-RATIO", Number: 250.5m));
        AssertProblem(Sample.Counselors, new TargetValueInput("COUNSELOR-RATIO", Number: -1), "0 or more");
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(3.5, true)]
    [InlineData(5, true)]
    [InlineData(0.5, false)]
    [InlineData(5.1, false)]
    public void A_scale_value_lies_between_its_minimum_and_maximum(double number, bool valid)
    {
        var input = new TargetValueInput("BELONGING", Number: (decimal)number);
        if (valid)
        {
            AssertValid(Sample.Belonging, input);
        }
        else
        {
            AssertProblem(Sample.Belonging, input, "from 1 to 5");
        }
    }

    [Fact]
    public void A_rubric_value_is_the_rank_of_one_of_its_levels()
    {
        AssertValid(Sample.Stage, new TargetValueInput("STAGE", RubricRank: 1));
        AssertValid(Sample.Stage, new TargetValueInput("STAGE", RubricRank: 4));
        var problem = AssertProblem(Sample.Stage, new TargetValueInput("STAGE", RubricRank: 5), "not one of its levels");
        Assert.Contains("4 = Full", problem, StringComparison.Ordinal);
        AssertProblem(Sample.Stage, new TargetValueInput("STAGE", RubricRank: 0), "not one of its levels");
    }

    [Fact]
    public void A_yes_no_target_takes_yes_or_no_only()
    {
        AssertValid(Sample.Policy, new TargetValueInput("HAS-POLICY", YesNo: false));
        AssertProblem(Sample.Policy, new TargetValueInput("HAS-POLICY", Number: 1), "not the number 1");
    }

    [Fact]
    public void A_text_target_takes_trimmed_text_up_to_its_limit()
    {
        var (value, _) = TargetValueRules.Check(Sample.Notes, new TargetValueInput("NOTES", Text: "  Students sit on the board.  "));
        Assert.Equal("Students sit on the board.", value!.Text);
        AssertProblem(Sample.Notes, new TargetValueInput("NOTES", Text: "   "), "enter some text");
        AssertProblem(Sample.Notes, new TargetValueInput("NOTES", Text: new string('x', TargetValueRules.TextMaxLength + 1)), "4000 characters");
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_refused_saying_what_was_given()
    {
        AssertProblem(Sample.PctVoice, new TargetValueInput("PCT-VOICE", YesNo: true), "not yes");
        AssertProblem(Sample.Stage, new TargetValueInput("STAGE", Text: "Full"), "not text");
        AssertProblem(Sample.Notes, new TargetValueInput("NOTES", RubricRank: 2), "not the rubric rank 2");
    }

    [Fact]
    public void A_stored_value_keeps_the_target_id_and_code()
    {
        var (value, problem) = TargetValueRules.Check(Sample.Enrolled, new TargetValueInput("enrolled", Number: 10));
        Assert.Null(problem);
        Assert.Equal(new TargetValue(Sample.Enrolled.TargetId, "ENROLLED", Number: 10), value);
    }

    [Fact]
    public void A_part_larger_than_its_whole_is_a_logic_problem()
    {
        TargetValue[] values =
        [
            new(Sample.Enrolled.TargetId, "ENROLLED", Number: 100),
            new(Sample.InAdvanced.TargetId, "IN-ADVANCED", Number: 101),
        ];

        var problem = Assert.Single(TargetValueRules.CheckParts(Sample.Targets, values));

        Assert.Equal("IN-ADVANCED", problem.TargetCode);
        Assert.Contains("cannot be larger", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_equal_to_its_whole_or_with_the_whole_unanswered_is_fine()
    {
        Assert.Empty(TargetValueRules.CheckParts(Sample.Targets,
            [new(Sample.Enrolled.TargetId, "ENROLLED", Number: 100), new(Sample.InAdvanced.TargetId, "IN-ADVANCED", Number: 100)]));
        Assert.Empty(TargetValueRules.CheckParts(Sample.Targets, [new(Sample.InAdvanced.TargetId, "IN-ADVANCED", Number: 100)]));
    }

    private static void AssertValid(TargetDefinition target, TargetValueInput input)
    {
        var (value, problem) = TargetValueRules.Check(target, input);
        Assert.Null(problem);
        Assert.NotNull(value);
    }

    private static string AssertProblem(TargetDefinition target, TargetValueInput input, string expected)
    {
        var (value, problem) = TargetValueRules.Check(target, input);
        Assert.Null(value);
        Assert.NotNull(problem);
        Assert.Contains(target.Code, problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        return problem;
    }
}
