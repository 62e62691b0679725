using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;

namespace Consortium.Insights.Tests.Messaging;

/// <summary>Contract events as Districts, Topics, Submissions and Pipeline would publish them, to feed Insights.</summary>
public static class ContractEvents
{
    private static int _nextLeaId;

    public static DistrictJoined DistrictJoined(
        Guid districtId,
        int version = 1,
        SharingPreferenceV1 sharing = SharingPreferenceV1.Named,
        MembershipStatusV1 status = MembershipStatusV1.Active,
        int localeCode = 21)
    {
        var leaId = $"53{Interlocked.Increment(ref _nextLeaId) % 100_000:00000}";
        return new()
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = DateTimeOffset.UtcNow,
            DistrictId = districtId,
            DistrictVersion = version,
            Name = $"District {leaId}",
            NcesLeaId = leaId,
            State = "WA",
            LocaleCode = localeCode,
            MembershipStatus = status,
            JoinedOn = new DateOnly(2024, 7, 1),
            SharingPreference = sharing,
        };
    }

    public static DistrictDetailsUpdated DetailsUpdated(Guid districtId, int version, string name, int localeCode = 21) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        DistrictId = districtId,
        DistrictVersion = version,
        Name = name,
        NcesLeaId = "5300001",
        State = "WA",
        LocaleCode = localeCode,
    };

    public static MembershipChanged MembershipChanged(Guid districtId, int version, MembershipStatusV1 from, MembershipStatusV1 to) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        DistrictId = districtId,
        DistrictVersion = version,
        FromStatus = from,
        ToStatus = to,
        EffectiveOn = new DateOnly(2026, 9, 1),
    };

    public static SharingPreferencesChanged SharingChanged(Guid districtId, int version, SharingPreferenceV1 sharing) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        DistrictId = districtId,
        DistrictVersion = version,
        SharingPreference = sharing,
    };

    public static DistrictProfileUpdated ProfileUpdated(Guid districtId, string schoolYear = "2025-26", int version = 1, int enrollment = 12_000) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        DistrictId = districtId,
        SchoolYear = schoolYear,
        ProfileVersion = version,
        Enrollment = enrollment,
        SchoolCount = 18,
        PctEconomicallyDisadvantaged = 41.5m,
        PctEnglishLearners = 12.25m,
        PctStudentsWithDisabilities = 14m,
        TeacherFte = 640.5m,
        CultureConstructs =
        [
            new CultureConstructV1 { Code = "collective-responsibility", Label = "Collective responsibility", Score = 62m, Respondents = 410, ResponseRatePercent = 78.5m },
        ],
    };

    public static CycleOpened CycleOpened(Guid cycleId, int version = 1) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        CycleId = cycleId,
        CycleVersion = version,
        SchoolYear = "2026-27",
        Half = HalfV1.First,
        Name = "2026-27 H1",
        SubmissionOpensAt = DateTimeOffset.UtcNow.AddDays(-7),
        SubmissionClosesAt = DateTimeOffset.UtcNow.AddDays(7),
    };

    public static CycleClosed CycleClosed(Guid cycleId, int version) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        CycleId = cycleId,
        CycleVersion = version,
        ClosedAt = DateTimeOffset.UtcNow,
    };

    public static ResultsPublished ResultsPublished(Guid cycleId, int version) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        CycleId = cycleId,
        CycleVersion = version,
        PublishedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>A topic with one target of each aggregable kind and a text target: PCT (percentage), STAGE (rubric), POLICY (yes/no), NOTES (text).</summary>
    public static TopicPublished Topic(Guid cycleId, Guid? topicId = null) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        TopicId = topicId ?? Guid.CreateVersion7(),
        CycleId = cycleId,
        Title = "Student voice",
        Description = "How districts bring students into decisions.",
        FocusArea = "Engagement",
        BenchmarkKinds = [BenchmarkKindV1.Practice, BenchmarkKindV1.Policy],
        Targets =
        [
            Target("PCT", MeasureTypeV1.Percentage, unit: "% of students"),
            Target("STAGE", MeasureTypeV1.Rubric) with
            {
                RubricLevels =
                [
                    new RubricLevelV1 { Rank = 1, Label = "Exploration", Descriptor = "Looking into it" },
                    new RubricLevelV1 { Rank = 2, Label = "Installation", Descriptor = "Preparing" },
                    new RubricLevelV1 { Rank = 3, Label = "Full implementation", Descriptor = "In place everywhere" },
                ],
            },
            Target("POLICY", MeasureTypeV1.YesNo),
            Target("NOTES", MeasureTypeV1.Text),
        ],
        PublishedAt = DateTimeOffset.UtcNow,
    };

    public static TargetDefinitionV1 Target(string code, MeasureTypeV1 type, string? unit = null) => new()
    {
        TargetId = Guid.CreateVersion7(),
        Code = code,
        Name = $"Target {code}",
        Definition = $"What {code} measures.",
        MeasureType = type,
        Unit = unit,
        Direction = DirectionV1.HigherIsBetter,
        Required = false,
        GoalValue = type == MeasureTypeV1.Percentage ? 75m : null,
    };

    public static TopicRetired TopicRetired(Guid topicId, Guid cycleId) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        TopicId = topicId,
        CycleId = cycleId,
        RetiredAt = DateTimeOffset.UtcNow,
    };

    /// <summary>One answer: a number, a rubric rank, yes/no or text, by the target's type.</summary>
    public static TargetValueV1 Answer(TopicPublished topic, string code, object value)
    {
        var target = topic.Targets.Single(t => t.Code == code);
        return value switch
        {
            decimal number => new TargetValueV1 { TargetId = target.TargetId, TargetCode = code, Number = number },
            int rank => new TargetValueV1 { TargetId = target.TargetId, TargetCode = code, RubricRank = rank },
            bool yes => new TargetValueV1 { TargetId = target.TargetId, TargetCode = code, YesNo = yes },
            string text => new TargetValueV1 { TargetId = target.TargetId, TargetCode = code, Text = text },
            _ => throw new ArgumentException($"No answer of type {value.GetType()}.", nameof(value)),
        };
    }

    public static SubmissionSubmitted Submitted(Guid submissionId, int version, Guid districtId, TopicPublished topic, params TargetValueV1[] values) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        SubmissionId = submissionId,
        SubmissionVersion = version,
        DistrictId = districtId,
        CycleId = topic.CycleId,
        TopicId = topic.TopicId,
        Kind = BenchmarkKindV1.Practice,
        Visibility = VisibilityV1.Named,
        Title = "Student advisory councils",
        Narrative = "Every high school runs a student advisory council.",
        Values = values,
        EvidenceLinks = ["https://example.org/student-voice"],
        ContactName = "Jane Rivera",
        ContactEmail = "jrivera@example.org",
    };

    public static SubmissionAccepted Accepted(
        Guid submissionId, int version, Guid districtId, TopicPublished topic, VisibilityV1 visibility = VisibilityV1.Named, params TargetValueV1[] values) => new()
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = DateTimeOffset.UtcNow,
            SubmissionId = submissionId,
            SubmissionVersion = version,
            DistrictId = districtId,
            CycleId = topic.CycleId,
            TopicId = topic.TopicId,
            Kind = BenchmarkKindV1.Practice,
            Visibility = visibility,
            Title = "Student advisory councils",
            Narrative = "Every high school runs a student advisory council.",
            ImplementationStage = ImplementationStageV1.FullImplementation,
            Values = values,
            EvidenceLinks = ["https://example.org/student-voice"],
            ContactName = "Jane Rivera",
            ContactEmail = "jrivera@example.org",
        };

    public static SubmissionReturned Returned(Guid submissionId, int version, Guid districtId, TopicPublished topic) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        SubmissionId = submissionId,
        SubmissionVersion = version,
        DistrictId = districtId,
        CycleId = topic.CycleId,
        TopicId = topic.TopicId,
        Kind = BenchmarkKindV1.Practice,
        Visibility = VisibilityV1.Named,
        ReviewerComments = "Please add the evidence.",
    };

    public static SubmissionWithdrawn Withdrawn(Guid submissionId, int version, Guid districtId, TopicPublished topic) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        SubmissionId = submissionId,
        SubmissionVersion = version,
        DistrictId = districtId,
        CycleId = topic.CycleId,
        TopicId = topic.TopicId,
        Kind = BenchmarkKindV1.Practice,
        Visibility = VisibilityV1.Named,
    };

    public static LeaderEnrolled LeaderEnrolled(Guid leaderId, Guid districtId, int version = 1, string role = "principal", PipelineStageV1 stage = PipelineStageV1.Emerging) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        LeaderId = leaderId,
        DistrictId = districtId,
        LeaderVersion = version,
        RoleCode = role,
        Stage = stage,
    };

    public static LeaderStageChanged StageChanged(Guid leaderId, Guid districtId, int version, PipelineStageV1 from, PipelineStageV1 to) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        LeaderId = leaderId,
        DistrictId = districtId,
        LeaderVersion = version,
        FromStage = from,
        ToStage = to,
        EffectiveOn = new DateOnly(2026, 10, 1),
    };

    public static ReadinessAssessed ReadinessAssessed(Guid leaderId, Guid districtId, int version, string targetRole, ReadinessLevelV1 level) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        LeaderId = leaderId,
        DistrictId = districtId,
        LeaderVersion = version,
        TargetRoleCode = targetRole,
        Level = level,
        AssessedOn = new DateOnly(2026, 10, 15),
    };

    public static LeaderMoved LeaderMoved(Guid leaderId, Guid fromDistrictId, Guid toDistrictId, int version, string role, PipelineStageV1 stage) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        LeaderId = leaderId,
        DistrictId = toDistrictId,
        FromDistrictId = fromDistrictId,
        LeaderVersion = version,
        RoleCode = role,
        Stage = stage,
    };

    public static LeaderLeft LeaderLeft(Guid leaderId, Guid districtId, int version, PipelineStageV1 stage) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        LeaderId = leaderId,
        DistrictId = districtId,
        LeaderVersion = version,
        Kind = DepartureKindV1.Left,
        LeftOn = new DateOnly(2026, 12, 31),
        Stage = stage,
    };

    public static SuccessionCoverageChanged CoverageChanged(Guid districtId, int version, int critical, int covered) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        DistrictId = districtId,
        CoverageVersion = version,
        CriticalRoleCount = critical,
        CoveredRoleCount = covered,
    };
}
