using Consortium.Contracts.Events.Pipeline.V1;
using Consortium.Pipeline.Domain;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Pipeline.Messaging;

/// <summary>
/// The integration events Pipeline publishes. They leave the district, so they carry ids,
/// district, role, stage and readiness only — never names, emails or notes — and the leader's
/// version so a consumer can ignore stale or repeated events.
/// </summary>
internal static class PipelineEvents
{
    public static LeaderEnrolled Enrolled(Leader leader, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        LeaderId = leader.Id,
        DistrictId = leader.DistrictId,
        LeaderVersion = leader.Version,
        RoleCode = leader.RoleCode,
        Stage = ToEvent(leader.Stage),
    };

    public static LeaderStageChanged StageChanged(Leader leader, StatusChange<PipelineStage> change, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        LeaderId = leader.Id,
        DistrictId = leader.DistrictId,
        LeaderVersion = leader.Version,
        FromStage = ToEvent(change.From ?? change.To),
        ToStage = ToEvent(change.To),
        EffectiveOn = change.EffectiveOn,
    };

    public static ReadinessAssessed Assessed(Leader leader, ReadinessAssessment assessment, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        LeaderId = leader.Id,
        DistrictId = leader.DistrictId,
        LeaderVersion = leader.Version,
        TargetRoleCode = assessment.TargetRoleCode,
        Level = ToEvent(assessment.Level),
        AssessedOn = assessment.AssessedOn,
    };

    public static LeaderMoved Moved(Leader leader, LeaderMove move, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        LeaderId = leader.Id,
        DistrictId = move.ToDistrictId,
        LeaderVersion = leader.Version,
        FromDistrictId = move.FromDistrictId,
        RoleCode = leader.RoleCode,
        Stage = ToEvent(leader.Stage),
    };

    public static LeaderLeft Left(Leader leader, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        LeaderId = leader.Id,
        DistrictId = leader.DistrictId,
        LeaderVersion = leader.Version,
        Kind = leader.Status == LeaderStatus.MovedDistrict ? DepartureKindV1.MovedDistrict : DepartureKindV1.Left,
        LeftOn = leader.LeftOn ?? DateOnly.FromDateTime(now.UtcDateTime),
        Stage = ToEvent(leader.Stage),
    };

    public static SuccessionCoverageChanged CoverageChanged(DistrictSuccession succession, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        DistrictId = succession.DistrictId,
        CoverageVersion = succession.Version,
        CriticalRoleCount = succession.CriticalRoleCount,
        CoveredRoleCount = succession.CoveredRoleCount,
    };

    private static PipelineStageV1 ToEvent(PipelineStage stage) => EventEnums.PipelineStage.ToContract(stage);

    private static ReadinessLevelV1 ToEvent(ReadinessLevel level) => EventEnums.ReadinessLevel.ToContract(level);
}
