using Consortium.Benchmarks.Population;
using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;

namespace Consortium.LoadGenerator.Seeding;

/// <summary>
/// The contract events Districts, Topics and Submissions would publish for a synthetic
/// consortium: each district joins with its NCES identity and sharing choice and publishes its
/// 2025-26 profile; one cycle opens with one topic of five targets (percentage, ratio, rubric,
/// yes/no, text); most districts get an accepted submission.
/// </summary>
public sealed class ConsortiumEvents
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public ConsortiumEvents(IReadOnlyList<SyntheticDistrict> districts)
    {
        Districts = districts;
        Cycle = new CycleOpened
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = Now,
            CycleId = Guid.CreateVersion7(),
            CycleVersion = 1,
            SchoolYear = "2025-26",
            Half = HalfV1.Second,
            Name = "Spring 2026",
            SubmissionOpensAt = Now.AddDays(-30),
            SubmissionClosesAt = Now.AddDays(30),
        };
        Topic = new TopicPublished
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = Now,
            TopicId = Guid.CreateVersion7(),
            CycleId = Cycle.CycleId,
            Title = "Student voice in course design",
            Description = "How districts involve students in designing the courses they take.",
            FocusArea = "Student voice",
            BenchmarkKinds = [BenchmarkKindV1.Practice, BenchmarkKindV1.Capacity],
            Targets =
            [
                Target("SV-COURSE-DESIGN", "High schools with student voice in course design", MeasureTypeV1.Percentage, DirectionV1.HigherIsBetter, unit: "%", goal: 75),
                Target("COUNSELOR-RATIO", "Students per school counselor", MeasureTypeV1.Ratio, DirectionV1.LowerIsBetter, unit: "students per counselor", goal: 250),
                Target("SV-STAGE", "Implementation stage of student advisory councils", MeasureTypeV1.Rubric, DirectionV1.HigherIsBetter, rubric: true),
                Target("SV-POLICY", "Board-adopted student voice policy", MeasureTypeV1.YesNo, DirectionV1.HigherIsBetter),
                Target("SV-NOTES", "What made it work", MeasureTypeV1.Text, DirectionV1.Neither),
            ],
            PublishedAt = Now,
        };
    }

    public IReadOnlyList<SyntheticDistrict> Districts { get; }

    public CycleOpened Cycle { get; }

    public TopicPublished Topic { get; }

    public TargetDefinitionV1 PercentageTarget => Topic.Targets[0];

    /// <summary>Targets whose values count in comparisons (all but text).</summary>
    public IEnumerable<TargetDefinitionV1> ComparableTargets => Topic.Targets.Where(t => t.MeasureType != MeasureTypeV1.Text);

    public IEnumerable<SyntheticDistrict> Submitters => Districts.Where(d => d.Submits);

    public IEnumerable<SyntheticDistrict> NonSubmitters => Districts.Where(d => !d.Submits);

    public static DistrictJoined Joined(SyntheticDistrict district) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = Now,
        DistrictId = district.Id,
        DistrictVersion = 1,
        Name = district.Name,
        NcesLeaId = district.NcesLeaId,
        State = district.State,
        LocaleCode = district.LocaleCode,
        MembershipStatus = MembershipStatusV1.Active,
        JoinedOn = DateOnly.FromDateTime(Now.UtcDateTime).AddYears(-2),
        SharingPreference = (SharingPreferenceV1)(int)district.Sharing,
    };

    public static DistrictProfileUpdated Profile(SyntheticDistrict district) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = Now,
        DistrictId = district.Id,
        SchoolYear = "2025-26",
        ProfileVersion = 1,
        Enrollment = district.Enrollment,
        SchoolCount = district.SchoolCount,
        PctEconomicallyDisadvantaged = district.PctEconomicallyDisadvantaged,
        PctEnglishLearners = district.PctEnglishLearners,
        PctStudentsWithDisabilities = district.PctStudentsWithDisabilities,
        TeacherFte = district.TeacherFte,
        CultureConstructs =
        [
            new CultureConstructV1 { Code = "BELONGING", Label = "Sense of belonging", Score = 50 + (district.PctStudentsWithDisabilities % 30), Respondents = Math.Max(10, district.Enrollment / 8), ResponseRatePercent = 62 },
            new CultureConstructV1 { Code = "VOICE", Label = "Student voice", Score = 40 + (district.PctEnglishLearners % 40), Respondents = Math.Max(10, district.Enrollment / 8) },
        ],
    };

    /// <summary>
    /// The district's accepted submission; <paramref name="version"/> and <paramref name="salt"/>
    /// give a later one with other values. Visibility follows the district's sharing choice.
    /// </summary>
    public SubmissionAccepted Accepted(SyntheticDistrict district, Guid submissionId, int version = 3, int salt = 0) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        SubmissionId = submissionId,
        SubmissionVersion = version,
        DistrictId = district.Id,
        CycleId = Cycle.CycleId,
        TopicId = Topic.TopicId,
        Kind = BenchmarkKindV1.Practice,
        Visibility = (VisibilityV1)(int)district.Sharing,
        Title = "Student advisory councils",
        Narrative = $"{district.Name} runs a student advisory council in every high school that meets the principal monthly.",
        ImplementationStage = (ImplementationStageV1)SyntheticConsortium.RubricRank(district, salt),
        Values =
        [
            new TargetValueV1 { TargetId = Topic.Targets[0].TargetId, TargetCode = Topic.Targets[0].Code, Number = SyntheticConsortium.PercentageValue(district, salt) },
            new TargetValueV1 { TargetId = Topic.Targets[1].TargetId, TargetCode = Topic.Targets[1].Code, Number = SyntheticConsortium.RatioValue(district, salt) },
            new TargetValueV1 { TargetId = Topic.Targets[2].TargetId, TargetCode = Topic.Targets[2].Code, RubricRank = SyntheticConsortium.RubricRank(district, salt) },
            new TargetValueV1 { TargetId = Topic.Targets[3].TargetId, TargetCode = Topic.Targets[3].Code, YesNo = SyntheticConsortium.YesNoValue(district, salt) },
            new TargetValueV1 { TargetId = Topic.Targets[4].TargetId, TargetCode = Topic.Targets[4].Code, Text = "Students co-write the course catalogue." },
        ],
        EvidenceLinks = [$"https://district-{district.NcesLeaId}.example.org/student-voice"],
        ContactName = "Benchmark lead",
        ContactEmail = $"lead@district-{district.NcesLeaId}.example.org",
    };

    private static TargetDefinitionV1 Target(
        string code, string name, MeasureTypeV1 type, DirectionV1 direction, string? unit = null, decimal? goal = null, bool rubric = false) => new()
        {
            TargetId = Guid.CreateVersion7(),
            Code = code,
            Name = name,
            Definition = $"{name}, as of the October count date.",
            MeasureType = type,
            Unit = unit,
            Direction = direction,
            Required = type != MeasureTypeV1.Text,
            GoalValue = goal,
            RubricLevels = rubric
                ?
                [
                    new RubricLevelV1 { Rank = 1, Label = "Exploration", Descriptor = "Assessing fit and feasibility." },
                    new RubricLevelV1 { Rank = 2, Label = "Installation", Descriptor = "Preparing staff and structures." },
                    new RubricLevelV1 { Rank = 3, Label = "Initial implementation", Descriptor = "First use, still learning." },
                    new RubricLevelV1 { Rank = 4, Label = "Full implementation", Descriptor = "In routine use, done well." },
                ]
                : [],
        };
}
