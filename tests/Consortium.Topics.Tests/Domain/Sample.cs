using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.Topics.Domain;

namespace Consortium.Topics.Tests.Domain;

/// <summary>Valid inputs and a fixed clock, so each test states only what it varies.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset Now = new(2026, 9, 15, 14, 30, 0, TimeSpan.Zero);

    public static CyclePlan Plan(
        string schoolYear = "2026-27",
        SchoolYearHalf half = SchoolYearHalf.Second,
        string name = "Spring 2027 benchmarking",
        DateOnly? meetingDate = null,
        DateTimeOffset? opensAt = null,
        DateTimeOffset? closesAt = null) =>
        new(schoolYear, half, name, meetingDate ?? new DateOnly(2027, 4, 20), opensAt ?? Now.AddDays(30), closesAt ?? Now.AddDays(60));

    public static Cycle NewCycle(string schoolYear = "2026-27", SchoolYearHalf half = SchoolYearHalf.Second) =>
        Cycle.Create(Plan(schoolYear, half), Now);

    public static Cycle OpenCycle(string schoolYear = "2026-27", SchoolYearHalf half = SchoolYearHalf.Second)
    {
        var cycle = NewCycle(schoolYear, half);
        cycle.Open(Now.AddMinutes(1));
        return cycle;
    }

    public static TopicDetails Details(string title = "Student voice in course design") =>
        new(title, "How students shape the courses they take.", "Student experience", [BenchmarkKind.Practice, BenchmarkKind.Process], "Students who help design courses engage more.");

    public static Topic NewTopic(Cycle? cycle = null, params TargetDefinition[] targets) =>
        Topic.Create(cycle ?? NewCycle(), Details(), targets, Now);

    public static TargetDefinition Percentage(string code = "SV-COURSES", string? partOf = null) => new()
    {
        Code = code,
        Name = "Courses co-designed with students",
        Definition = "Share of high-school courses whose syllabus was revised with student input this year.",
        MeasureType = MeasureType.Percentage,
        Unit = "% of courses",
        Direction = Direction.HigherIsBetter,
        Required = true,
        GoalValue = 25m,
        PartOfTargetCode = partOf,
    };

    public static TargetDefinition Count(string code = "SV-STUDENTS", string? partOf = null) => new()
    {
        Code = code,
        Name = "Students on design teams",
        Definition = "Students who served on a course design team.",
        MeasureType = MeasureType.Count,
        Direction = Direction.HigherIsBetter,
        PartOfTargetCode = partOf,
    };

    public static TargetDefinition Amount(string code = "SV-BUDGET", string currency = "USD") => new()
    {
        Code = code,
        Name = "Student voice budget",
        Definition = "Dollars budgeted for student voice work.",
        MeasureType = MeasureType.Amount,
        Currency = currency,
        Direction = Direction.Neither,
    };

    public static TargetDefinition Scale(decimal min = 1m, decimal max = 5m, params ScaleLabel[] labels) => new()
    {
        Code = "SV-BELONGING",
        Name = "Sense of belonging",
        Definition = "Mean item score on the belonging construct of the student survey.",
        MeasureType = MeasureType.Scale,
        ScaleMin = min,
        ScaleMax = max,
        ScaleLabels = labels,
        Direction = Direction.HigherIsBetter,
    };

    public static TargetDefinition Rubric(params RubricLevel[] levels) => new()
    {
        Code = "SV-STAGE",
        Name = "Implementation stage",
        Definition = "Where the district is in implementing student voice in course design.",
        MeasureType = MeasureType.Rubric,
        RubricLevels = levels.Length > 0 ? levels : ImplementationStages,
        GoalValue = 4m,
    };

    /// <summary>The NIRN implementation stages (as adapted by most consortia).</summary>
    public static RubricLevel[] ImplementationStages =>
    [
        new(0, "Exploration", "Assessing needs and fit; no practice change yet."),
        new(0, "Installation", "Securing resources and training; first pilots."),
        new(0, "Initial implementation", "In use in some schools; adjusting."),
        new(0, "Full implementation", "In use across schools with fidelity."),
    ];

    public static TargetDefinition YesNo() => new()
    {
        Code = "SV-POLICY",
        Name = "Board policy on student voice",
        Definition = "The board has adopted a policy that gives students a role in course design.",
        MeasureType = MeasureType.YesNo,
    };

    public static TargetDefinition Text() => new()
    {
        Code = "SV-STORY",
        Name = "What changed",
        Definition = "Describe one course that changed because of student input.",
        MeasureType = MeasureType.Text,
    };
}
