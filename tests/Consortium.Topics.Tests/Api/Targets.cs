using Consortium.Contracts.Topics.V1;
using ProtoDecimal = Google.Type.Decimal;

namespace Consortium.Topics.Tests.Api;

/// <summary>Valid target definitions as a client sends them, one per measure type.</summary>
internal static class Targets
{
    public static ProtoDecimal Dec(string value) => new() { Value = value };

    public static TargetDefinition Percentage(string code = "SV-COURSES", string goal = "25") => new()
    {
        Code = code,
        Name = "Courses co-designed with students",
        Definition = "Share of high-school courses whose syllabus was revised with student input this year.",
        Inclusions = "Core and elective courses.",
        Exclusions = "Courses taught by outside providers.",
        MeasureType = MeasureType.Percentage,
        Unit = "% of courses",
        Direction = Direction.HigherIsBetter,
        Required = true,
        GoalValue = Dec(goal),
    };

    public static TargetDefinition Count(string code = "SV-STUDENTS", string partOf = "") => new()
    {
        Code = code,
        Name = "Students on design teams",
        Definition = "Students who served on a course design team.",
        MeasureType = MeasureType.Count,
        Direction = Direction.HigherIsBetter,
        PartOfTargetCode = partOf,
    };

    public static TargetDefinition Amount() => new()
    {
        Code = "SV-BUDGET",
        Name = "Student voice budget",
        Definition = "Dollars budgeted for student voice work.",
        MeasureType = MeasureType.Amount,
        Currency = "USD",
        Unit = "per year",
        Direction = Direction.Neither,
        GoalValue = Dec("12500.50"),
    };

    public static TargetDefinition Scale()
    {
        var target = new TargetDefinition
        {
            Code = "SV-BELONGING",
            Name = "Sense of belonging",
            Definition = "Mean item score on the belonging construct of the student survey.",
            MeasureType = MeasureType.Scale,
            ScaleMin = Dec("1"),
            ScaleMax = Dec("4.5"),
            Direction = Direction.HigherIsBetter,
            GoalValue = Dec("3.75"),
        };
        target.ScaleLabels.Add(new ScaleLabel { Value = Dec("4.5"), Label = "Strongly agree" });
        target.ScaleLabels.Add(new ScaleLabel { Value = Dec("1"), Label = "Strongly disagree" });
        return target;
    }

    public static TargetDefinition Rubric()
    {
        var target = new TargetDefinition
        {
            Code = "SV-STAGE",
            Name = "Implementation stage",
            Definition = "Where the district is in implementing student voice in course design.",
            MeasureType = MeasureType.Rubric,
            GoalValue = Dec("4"),
            Required = true,
        };
        target.RubricLevels.Add(new RubricLevel { Label = "Exploration", Descriptor_ = "Assessing needs and fit." });
        target.RubricLevels.Add(new RubricLevel { Label = "Installation", Descriptor_ = "Securing resources and training." });
        target.RubricLevels.Add(new RubricLevel { Label = "Initial implementation", Descriptor_ = "In use in some schools." });
        target.RubricLevels.Add(new RubricLevel { Label = "Full implementation", Descriptor_ = "In use across schools with fidelity." });
        return target;
    }

    public static TargetDefinition YesNo() => new()
    {
        Code = "SV-POLICY",
        Name = "Board policy on student voice",
        Definition = "The board has adopted a policy that gives students a role in course design.",
        MeasureType = MeasureType.YesNo,
        GoalValue = Dec("1"),
    };

    public static TargetDefinition Text() => new()
    {
        Code = "SV-STORY",
        Name = "What changed",
        Definition = "Describe one course that changed because of student input.",
        MeasureType = MeasureType.Text,
    };
}
