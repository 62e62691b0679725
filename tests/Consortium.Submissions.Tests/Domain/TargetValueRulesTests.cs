using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.Submissions.Domain;
using Xunit;

namespace Consortium.Submissions.Tests.Domain;

/// <summary>
/// The shared measure rules (tested in ServiceDefaults) applied to our copies of the targets:
/// every problem names its target, a valid value is stored against it, and parts never exceed
/// their wholes.
/// </summary>
public sealed class TargetValueRulesTests
{
    [Fact]
    public void Each_measure_of_the_copy_takes_its_kind_of_value()
    {
        AssertValid(Sample.Enrolled, new TargetValueInput("ENROLLED", Number: 1200));
        AssertValid(Sample.PctVoice, new TargetValueInput("PCT-VOICE", Number: 33.33m));
        AssertValid(Sample.Spend, new TargetValueInput("SPEND", Number: 14_250.75m));
        AssertValid(Sample.Counselors, new TargetValueInput("COUNSELOR-RATIO", Number: 250.5m));
        AssertValid(Sample.Belonging, new TargetValueInput("BELONGING", Number: 3.5m));
        AssertValid(Sample.Stage, new TargetValueInput("STAGE", RubricRank: 4));
        AssertValid(Sample.Policy, new TargetValueInput("HAS-POLICY", YesNo: false));
        AssertValid(Sample.Notes, new TargetValueInput("NOTES", Text: "Students sit on the board."));
    }

    [Fact]
    public void A_problem_names_the_target_and_the_measure_rule_it_breaks()
    {
        Assert.Equal(
            "PCT-VOICE: A percentage is between 0 and 100; 100.01 is not.",
            AssertProblem(Sample.PctVoice, new TargetValueInput("PCT-VOICE", Number: 100.01m)));
        AssertProblem(Sample.Enrolled, new TargetValueInput("ENROLLED", Number: 12.5m), "whole number");
        AssertProblem(Sample.Belonging, new TargetValueInput("BELONGING", Number: 5.1m), "from 1 to 5");
        AssertProblem(Sample.Notes, new TargetValueInput("NOTES", Text: new string('x', MeasureValueRules.TextMaxLength + 1)), "4000 characters");
    }

    [Fact]
    public void A_rubric_problem_lists_the_levels_of_the_copy_by_rank()
    {
        var problem = AssertProblem(Sample.Stage, new TargetValueInput("STAGE", RubricRank: 5), "is not a level");
        Assert.Contains("1 = Exploration, 2 = Installation, 3 = Initial, 4 = Full", problem, StringComparison.Ordinal);
        AssertProblem(Sample.Stage, new TargetValueInput("STAGE", RubricRank: 0), "is not a level");
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_refused_saying_what_was_given()
    {
        AssertProblem(Sample.PctVoice, new TargetValueInput("PCT-VOICE", YesNo: true), "not yes");
        AssertProblem(Sample.Stage, new TargetValueInput("STAGE", Text: "Full"), "not text");
        AssertProblem(Sample.Notes, new TargetValueInput("NOTES", RubricRank: 2), "not the rubric rank 2");
        AssertProblem(Sample.Policy, new TargetValueInput("HAS-POLICY", Number: 1), "not the number 1");
    }

    [Fact]
    public void A_stored_value_keeps_the_target_id_and_code()
    {
        var (value, problem) = TargetValueRules.Check(Sample.Enrolled, new TargetValueInput("enrolled", Number: 10));
        Assert.Null(problem);
        Assert.Equal(new TargetValue(Sample.Enrolled.TargetId, "ENROLLED", Number: 10), value);
    }

    [Fact]
    public void Stored_text_is_trimmed()
    {
        var (value, _) = TargetValueRules.Check(Sample.Notes, new TargetValueInput("NOTES", Text: "  Students sit on the board.  "));
        Assert.Equal("Students sit on the board.", value!.Text);
        AssertProblem(Sample.Notes, new TargetValueInput("NOTES", Text: "   "), "Write an answer");
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
        Assert.Equal("IN-ADVANCED: This is part of ENROLLED, so it cannot be larger: 101 is more than 100.", problem.Problem);
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

    private static string AssertProblem(TargetDefinition target, TargetValueInput input, string expected = "")
    {
        var (value, problem) = TargetValueRules.Check(target, input);
        Assert.Null(value);
        Assert.NotNull(problem);
        Assert.StartsWith($"{target.Code}: ", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        return problem;
    }
}
