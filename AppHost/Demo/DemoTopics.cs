using Consortium.Contracts.Topics.V1;

namespace Consortium.AppHost.Demo;

/// <summary>
/// The demo cycle's topics: what consortia actually benchmark, each with targets of several
/// measure types (percentages, counts, ratios, scales, NIRN implementation-stage rubrics, yes/no
/// policies, free text), goals where a consortium would set one, and part-of-whole checks.
/// </summary>
internal static class DemoTopics
{
    private static readonly string[] NirnStages = ["Exploration", "Installation", "Initial implementation", "Full implementation"];

    private static readonly string[] NirnDescriptors =
    [
        "Assessing need, fit and feasibility; no practitioners using it yet.",
        "Building supports: staff selected and trained, materials and data systems in place.",
        "First practitioners using it; learning and fixing problems as they arise.",
        "Half or more of practitioners use it with fidelity and with good outcomes.",
    ];

    public static IReadOnlyList<CreateTopicRequest> All { get; } =
    [
        Topic("Student voice in course design", "Student experience",
            "How students help shape what and how they learn, from course proposals to redesigning units.",
            "Students who help design their courses report more engagement and belonging; the consortium wants to learn which structures make that routine.",
            [BenchmarkKind.Practice, BenchmarkKind.Process],
            Number("SV-COURSES", "Courses revised with student input", "Share of secondary courses whose syllabus was revised this year with documented student input.", MeasureType.Percentage, Direction.HigherIsBetter, goal: 25m, unit: "% of courses"),
            Number("SV-STUDENTS-ALL", "Students in grades 9–12", "October enrollment in grades 9–12.", MeasureType.Count, Direction.Neither, unit: "students"),
            Number("SV-STUDENTS-TEAMS", "Students on course design teams", "Students who served on a course or unit design team this year.", MeasureType.Count, Direction.HigherIsBetter, unit: "students", partOf: "SV-STUDENTS-ALL"),
            Stage("SV-STAGE", "Implementation stage of student co-design"),
            YesNo("SV-POLICY", "Board policy gives students a role in course approval", goal: 1m)),
        Topic("Social-emotional learning", "Student well-being",
            "Explicit teaching of social-emotional skills and the climate that supports them.",
            "Belonging predicts attendance and achievement; districts vary widely in how much time and support SEL gets.",
            [BenchmarkKind.Program, BenchmarkKind.Culture],
            Scale("SEL-BELONGING", "Students' sense of belonging", "Mean agreement with \"I belong at this school\" on the spring student survey (1 = strongly disagree, 5 = strongly agree).", 1m, 5m, goal: 4m),
            Number("SEL-MINUTES", "Weekly minutes of explicit SEL instruction", "Typical weekly minutes in grades K–8.", MeasureType.Count, Direction.HigherIsBetter, unit: "minutes per week"),
            Stage("SEL-STAGE", "Implementation stage of the SEL curriculum")),
        Topic("Career pathways", "College and career readiness",
            "Pathways that combine coursework, credentials and work-based learning.",
            "Pathway completers are more likely to enroll in postsecondary education or find skilled work; counseling capacity is often the bottleneck.",
            [BenchmarkKind.Program, BenchmarkKind.Capacity],
            Number("CP-COMPLETERS", "Graduates completing a CTE pathway", "Share of last year's graduates who completed a state-approved CTE pathway.", MeasureType.Percentage, Direction.HigherIsBetter, goal: 40m, unit: "% of graduates"),
            Number("CP-INTERNSHIPS", "Students in work-based learning", "Students in an internship, apprenticeship or clinical placement this year.", MeasureType.Count, Direction.HigherIsBetter, unit: "students"),
            Number("CP-COUNSELOR-RATIO", "Students per college and career counselor", "Grade 9–12 enrollment divided by counselor FTE assigned to college and career advising.", MeasureType.Ratio, Direction.LowerIsBetter, goal: 250m, unit: "students per counselor")),
        Topic("Performance assessment", "Deeper learning",
            "Common performance tasks that show what students can do with what they know.",
            "Performance assessments make deeper learning visible; consortia share tasks and scoring to calibrate expectations.",
            [BenchmarkKind.Practice, BenchmarkKind.Policy],
            Number("PA-GRADES", "Grade levels with a common performance task", "Grade levels (K–12) in which every student completes a common, scored performance task.", MeasureType.Count, Direction.HigherIsBetter, unit: "grade levels"),
            YesNo("PA-GRAD-REQ", "A performance assessment is a graduation requirement"),
            Text("PA-STORY", "One task and what it revealed", "Describe one task, how it was scored, and what it showed that tests did not.")),
        Topic("Equitable access to advanced courses", "Equity",
            "Who takes AP, IB and dual-enrollment courses, and the policies that widen access.",
            "Gaps in advanced-course enrollment often exceed gaps in readiness; automatic enrollment policies have closed them elsewhere.",
            [BenchmarkKind.Policy, BenchmarkKind.Context],
            Number("AC-ENROLLED", "Students in at least one advanced course", "Share of grade 10–12 students enrolled in one or more AP, IB or dual-enrollment courses.", MeasureType.Percentage, Direction.HigherIsBetter, unit: "% of students"),
            Number("AC-GAP", "Enrollment gap for economically disadvantaged students", "Percentage-point gap in advanced-course enrollment between economically disadvantaged students and all others.", MeasureType.Ratio, Direction.LowerIsBetter, unit: "percentage points"),
            YesNo("AC-AUTO-ENROLL", "Qualified students are enrolled automatically", goal: 1m)),
        Topic("Leadership development", "Leadership pipeline",
            "How districts grow leaders for leading and managing change.",
            "Leadership is second only to teaching among school influences on learning; a strong bench sustains change when leaders move on.",
            [BenchmarkKind.Program, BenchmarkKind.Capacity],
            Number("LD-ASPIRING", "Aspiring principals in a district program", "Teachers and coaches enrolled in a district aspiring-leader program this year.", MeasureType.Count, Direction.HigherIsBetter, unit: "people"),
            Number("LD-BUDGET", "Annual leadership development spend", "District spending on leadership development this year, all funds.", MeasureType.Amount, Direction.Neither, currency: "USD"),
            Number("LD-SUCCESSION", "Critical roles with a ready-now successor", "Share of roles the district marks as critical that have at least one ready-now successor.", MeasureType.Percentage, Direction.HigherIsBetter, goal: 60m, unit: "% of critical roles")),
    ];

    private static CreateTopicRequest Topic(string title, string focusArea, string description, string whyItMatters, BenchmarkKind[] kinds, params TargetDefinition[] targets)
    {
        var request = new CreateTopicRequest { Title = title, FocusArea = focusArea, Description = description, WhyItMatters = whyItMatters };
        request.BenchmarkKinds.AddRange(kinds);
        request.Targets.AddRange(targets);
        return request;
    }

    private static TargetDefinition Number(
        string code, string name, string definition, MeasureType type, Direction direction,
        decimal? goal = null, string? unit = null, string? currency = null, string? partOf = null)
    {
        var target = Base(code, name, definition, type, direction);
        target.Unit = unit ?? string.Empty;
        target.Currency = currency ?? string.Empty;
        target.PartOfTargetCode = partOf ?? string.Empty;
        target.GoalValue = goal is { } value ? DemoData.Decimal(value) : null;
        return target;
    }

    private static TargetDefinition Scale(string code, string name, string definition, decimal min, decimal max, decimal goal)
    {
        var target = Base(code, name, definition, MeasureType.Scale, Direction.HigherIsBetter);
        target.ScaleMin = DemoData.Decimal(min);
        target.ScaleMax = DemoData.Decimal(max);
        target.ScaleLabels.Add(new ScaleLabel { Value = DemoData.Decimal(min), Label = "Strongly disagree" });
        target.ScaleLabels.Add(new ScaleLabel { Value = DemoData.Decimal(max), Label = "Strongly agree" });
        target.GoalValue = DemoData.Decimal(goal);
        return target;
    }

    private static TargetDefinition Stage(string code, string name)
    {
        var target = Base(code, name, "Where the district stands in the NIRN implementation stages for this practice.", MeasureType.Rubric, Direction.HigherIsBetter);
        for (var rank = 1; rank <= NirnStages.Length; rank++)
        {
            target.RubricLevels.Add(new RubricLevel { Rank = rank, Label = NirnStages[rank - 1], Descriptor_ = NirnDescriptors[rank - 1] });
        }

        target.GoalValue = DemoData.Decimal(3);
        return target;
    }

    private static TargetDefinition YesNo(string code, string name, decimal? goal = null)
    {
        var target = Base(code, name, $"{name}: yes or no, as of the submission date.", MeasureType.YesNo, Direction.HigherIsBetter);
        target.GoalValue = goal is { } value ? DemoData.Decimal(value) : null;
        return target;
    }

    private static TargetDefinition Text(string code, string name, string definition)
    {
        var target = Base(code, name, definition, MeasureType.Text, Direction.Neither);
        target.Required = false;
        return target;
    }

    private static TargetDefinition Base(string code, string name, string definition, MeasureType type, Direction direction) => new()
    {
        Code = code,
        Name = name,
        Definition = definition,
        MeasureType = type,
        Direction = direction,
        Required = true,
    };
}
