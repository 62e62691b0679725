using Consortium.ServiceDefaults.Domain.Measures;
using Consortium.Submissions.Domain;

namespace Consortium.Submissions.Tests.Domain;

/// <summary>A published topic with one target of every measure type, and the copies a submission needs.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset Now = new(2026, 10, 15, 12, 0, 0, TimeSpan.Zero);

    public static readonly Guid DistrictId = Guid.CreateVersion7();

    public static TargetDefinition Enrolled { get; } = new(Guid.CreateVersion7(), "ENROLLED", "Students enrolled in grades 9-12", MeasureType.Count, Required: true);

    public static TargetDefinition InAdvanced { get; } = new(Guid.CreateVersion7(), "IN-ADVANCED", "Students in at least one advanced course", MeasureType.Count, Required: true, PartOfTargetCode: "ENROLLED");

    public static TargetDefinition PctVoice { get; } = new(Guid.CreateVersion7(), "PCT-VOICE", "Students who say adults listen to them", MeasureType.Percentage, Required: true);

    public static TargetDefinition Spend { get; } = new(Guid.CreateVersion7(), "SPEND", "Spending per student", MeasureType.Amount, Required: false);

    public static TargetDefinition Counselors { get; } = new(Guid.CreateVersion7(), "COUNSELOR-RATIO", "Students per counselor", MeasureType.Ratio, Required: false);

    public static TargetDefinition Belonging { get; } = new(Guid.CreateVersion7(), "BELONGING", "Sense of belonging", MeasureType.Scale, Required: false, ScaleMin: 1, ScaleMax: 5);

    public static TargetDefinition Stage { get; } = new(Guid.CreateVersion7(), "STAGE", "Implementation of student voice", MeasureType.Rubric, Required: false,
        RubricLevels: [new RubricLevel(1, "Exploration"), new RubricLevel(2, "Installation"), new RubricLevel(3, "Initial"), new RubricLevel(4, "Full")]);

    public static TargetDefinition Policy { get; } = new(Guid.CreateVersion7(), "HAS-POLICY", "Board-adopted student voice policy", MeasureType.YesNo, Required: false);

    public static TargetDefinition Notes { get; } = new(Guid.CreateVersion7(), "NOTES", "How students are involved", MeasureType.Text, Required: false);

    public static IReadOnlyList<TargetDefinition> Targets { get; } = [Enrolled, InAdvanced, PctVoice, Spend, Counselors, Belonging, Stage, Policy, Notes];

    public static KnownTopic Topic(bool retired = false)
    {
        var topic = new KnownTopic(Guid.CreateVersion7(), Guid.CreateVersion7());
        topic.ApplyPublished("Student voice", [BenchmarkKind.Practice, BenchmarkKind.Program], Targets);
        if (retired)
        {
            topic.ApplyRetired();
        }

        return topic;
    }

    public static KnownDistrict District(MembershipStatus status = MembershipStatus.Active, SharingPreference sharing = SharingPreference.Named)
    {
        var district = new KnownDistrict(DistrictId);
        district.ApplyName("Lake Washington School District", 1);
        district.ApplyMembership(status, 1);
        district.ApplySharing(sharing, 1);
        return district;
    }

    public static KnownCycle OpenCycle(Guid cycleId)
    {
        var cycle = new KnownCycle(cycleId);
        cycle.ApplyOpened("2026-27 H1", Now.AddDays(-10), Now.AddDays(10), 2);
        return cycle;
    }

    public static DraftChanges Content(string title = "Student advisory councils") => new()
    {
        Title = title,
        Narrative = "Every high school runs a student advisory council that meets the principal monthly.",
    };

    public static IReadOnlyList<TargetValueInput> CompleteValues() =>
    [
        new("ENROLLED", Number: 1200),
        new("IN-ADVANCED", Number: 480),
        new("PCT-VOICE", Number: 62.5m),
    ];

    public static Submission Draft(KnownTopic topic, IReadOnlyList<TargetValueInput>? values = null) =>
        Submission.Create(DistrictId, District(), topic.Id, topic, BenchmarkKind.Practice, Content(), values ?? CompleteValues(), "lead-1", Now).Submission;

    public static Submission Submitted(KnownTopic topic)
    {
        var submission = Draft(topic);
        submission.Submit(topic, OpenCycle(topic.CycleId), District(), "lead-1", Now);
        return submission;
    }
}
