using Consortium.Contracts.Pipeline.V1;

namespace Consortium.Web.Services;

/// <summary>
/// The pipeline's edit forms as a district lead fills them in: a new leader, a change of stage, a
/// readiness assessment. Dates come from date pickers; every rule (dates not in the future, a
/// reason to move back a stage, known role codes) is the Pipeline service's, which names the fields.
/// </summary>
public static class LeaderForms
{
    public static readonly PipelineStage[] Stages = [PipelineStage.Aspiring, PipelineStage.Emerging, PipelineStage.Established, PipelineStage.SystemLeader];

    public static readonly ReadinessLevel[] Levels = [ReadinessLevel.ReadyNow, ReadinessLevel.Ready1To2Years, ReadinessLevel.Ready3PlusYears];

    /// <summary>Moving back to an earlier stage needs a reason (the service refuses it without one).</summary>
    public static bool IsBackward(PipelineStage from, PipelineStage to) => to < from;

    public static Google.Type.Date? Day(DateTime? day) =>
        day is { } d ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day } : null;

    /// <summary>A leader to enroll.</summary>
    public sealed class Enrollment
    {
        public static readonly string[] Fields = ["name", "email", "role_code", "role_started_on", "stage", "stage_started_on"];

        public string Name { get; set; } = "";

        public string Email { get; set; } = "";

        public string RoleCode { get; set; } = "";

        public DateTime? RoleStartedOn { get; set; }

        public PipelineStage Stage { get; set; } = PipelineStage.Aspiring;

        /// <summary>When they entered the stage; the role's start when empty.</summary>
        public DateTime? StageStartedOn { get; set; }

        public EnrollLeaderRequest ToRequest(string districtId) => new()
        {
            RequestId = Guid.NewGuid().ToString(),
            DistrictId = districtId,
            Name = Name.Trim(),
            Email = Email.Trim(),
            RoleCode = RoleCode,
            RoleStartedOn = Day(RoleStartedOn),
            Stage = Stage,
            StageStartedOn = Day(StageStartedOn),
        };
    }

    /// <summary>A change of a leader's stage.</summary>
    public sealed class StageChange
    {
        public static readonly string[] Fields = ["stage", "reason", "effective_on"];

        public PipelineStage Stage { get; set; }

        public string Reason { get; set; } = "";

        public DateTime? EffectiveOn { get; set; }

        public ChangeStageRequest ToRequest(Leader leader) => new()
        {
            RequestId = Guid.NewGuid().ToString(),
            LeaderId = leader.LeaderId,
            Stage = Stage,
            Reason = Reason.Trim(),
            EffectiveOn = Day(EffectiveOn),
            ExpectedVersion = leader.Version,
        };
    }

    /// <summary>A readiness assessment for a target role.</summary>
    public sealed class Assessment
    {
        public static readonly string[] Fields = ["target_role_code", "level", "assessor", "assessed_on", "note"];

        public string TargetRoleCode { get; set; } = "";

        public ReadinessLevel Level { get; set; } = ReadinessLevel.Ready1To2Years;

        public string Assessor { get; set; } = "";

        public DateTime? AssessedOn { get; set; }

        public string Note { get; set; } = "";

        public AssessReadinessRequest ToRequest(Leader leader) => new()
        {
            RequestId = Guid.NewGuid().ToString(),
            LeaderId = leader.LeaderId,
            TargetRoleCode = TargetRoleCode,
            Level = Level,
            Assessor = Assessor.Trim(),
            AssessedOn = Day(AssessedOn),
            Note = Note.Trim(),
        };
    }
}
