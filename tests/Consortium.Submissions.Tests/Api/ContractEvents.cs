using Consortium.Contracts.Events.Districts.V1;
using Consortium.Contracts.Events.Topics.V1;

namespace Consortium.Submissions.Tests.Api;

/// <summary>Contract events as Districts and Topics would publish them, for feeding the service.</summary>
internal static class ContractEvents
{
    public static DistrictJoined DistrictJoined(Guid districtId, int version, SharingPreferenceV1 sharing, MembershipStatusV1 status, string leaId) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        DistrictId = districtId,
        DistrictVersion = version,
        Name = $"District {leaId}",
        NcesLeaId = leaId,
        State = "WA",
        LocaleCode = 21,
        MembershipStatus = status,
        JoinedOn = new DateOnly(2024, 7, 1),
        SharingPreference = sharing,
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

    public static CycleOpened CycleOpened(Guid cycleId, int version, DateTimeOffset opensAt, DateTimeOffset closesAt) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        CycleId = cycleId,
        CycleVersion = version,
        SchoolYear = "2026-27",
        Half = HalfV1.First,
        Name = "2026-27 H1",
        SubmissionOpensAt = opensAt,
        SubmissionClosesAt = closesAt,
    };

    public static CycleClosed CycleClosed(Guid cycleId, int version) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        CycleId = cycleId,
        CycleVersion = version,
        ClosedAt = DateTimeOffset.UtcNow,
    };

    public static TopicRetired TopicRetired(Guid topicId, Guid cycleId) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        TopicId = topicId,
        CycleId = cycleId,
        RetiredAt = DateTimeOffset.UtcNow,
    };

    /// <summary>A student-voice topic with targets of several measure types and a part-of-whole check.</summary>
    public static TopicPublished StudentVoiceTopic(Guid cycleId, Guid? topicId = null) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        TopicId = topicId ?? Guid.CreateVersion7(),
        CycleId = cycleId,
        Title = "Student voice in course design",
        Description = "How students shape what and how they learn.",
        FocusArea = "Student experience",
        BenchmarkKinds = [BenchmarkKindV1.Practice, BenchmarkKindV1.Program],
        PublishedAt = DateTimeOffset.UtcNow,
        Targets =
        [
            Target("ENROLLED", MeasureTypeV1.Count, required: true),
            Target("IN-ADVANCED", MeasureTypeV1.Count, required: true) with { PartOfTargetCode = "ENROLLED" },
            Target("PCT-VOICE", MeasureTypeV1.Percentage, required: true),
            Target("BELONGING", MeasureTypeV1.Scale, required: false) with { ScaleMin = 1, ScaleMax = 5 },
            Target("STAGE", MeasureTypeV1.Rubric, required: false) with
            {
                RubricLevels =
                [
                    new RubricLevelV1 { Rank = 1, Label = "Exploration", Descriptor = "Considering it" },
                    new RubricLevelV1 { Rank = 2, Label = "Installation", Descriptor = "Preparing" },
                    new RubricLevelV1 { Rank = 3, Label = "Initial", Descriptor = "First use" },
                    new RubricLevelV1 { Rank = 4, Label = "Full", Descriptor = "Routine" },
                ],
            },
            Target("HAS-POLICY", MeasureTypeV1.YesNo, required: false),
        ],
    };

    private static TargetDefinitionV1 Target(string code, MeasureTypeV1 type, bool required) => new()
    {
        TargetId = Guid.CreateVersion7(),
        Code = code,
        Name = code,
        Definition = $"Definition of {code}",
        MeasureType = type,
        Direction = DirectionV1.HigherIsBetter,
        Required = required,
    };
}
