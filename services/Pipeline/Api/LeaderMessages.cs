using Consortium.Pipeline.Domain;
using Consortium.ServiceDefaults.Grpc;
using Proto = Consortium.Contracts.Pipeline.V1;

namespace Consortium.Pipeline.Api;

/// <summary>Domain → API messages.</summary>
internal static class LeaderMessages
{
    public static Proto.Leader ToProto(this Leader leader)
    {
        var message = new Proto.Leader
        {
            LeaderId = leader.Id.ToString(),
            DistrictId = leader.DistrictId.ToString(),
            Name = leader.Name,
            Email = leader.Email ?? string.Empty,
            LeaderSubject = leader.LeaderSubject ?? string.Empty,
            RoleCode = leader.RoleCode,
            RoleStartedOn = leader.RoleStartedOn.ToProto(),
            Stage = leader.Stage.ToProto(),
            StageStartedOn = leader.StageStartedOn.ToProto(),
            Status = leader.Status.ToProto(),
            LeftOn = leader.LeftOn?.ToProto(),
            Version = leader.Version,
            CreateTime = leader.CreatedAt.ToProto(),
            UpdateTime = leader.UpdatedAt.ToProto(),
        };
        message.StageHistory.AddRange(leader.StageHistory.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Select(change => new Proto.StageChange
        {
            FromStage = change.From?.ToProto() ?? Proto.PipelineStage.Unspecified,
            ToStage = change.To.ToProto(),
            EffectiveOn = change.EffectiveOn.ToProto(),
            Reason = change.Reason ?? string.Empty,
            ChangedBy = change.ChangedBy,
            ChangeTime = change.ChangedAt.ToProto(),
        }));
        message.Readiness.AddRange(leader.Readiness.OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).Select(assessment => new Proto.ReadinessAssessment
        {
            TargetRoleCode = assessment.TargetRoleCode,
            Level = assessment.Level.ToProto(),
            Assessor = assessment.Assessor,
            AssessedOn = assessment.AssessedOn.ToProto(),
            Note = assessment.Note ?? string.Empty,
            RecordedBy = assessment.RecordedBy,
            RecordTime = assessment.RecordedAt.ToProto(),
        }));
        message.Moves.AddRange(leader.Moves.OrderBy(m => m.ProposedAt).ThenBy(m => m.Id).Select(move => new Proto.LeaderMove
        {
            FromDistrictId = move.FromDistrictId.ToString(),
            ToDistrictId = move.ToDistrictId.ToString(),
            Status = move.Status.ToProto(),
            ProposedBy = move.ProposedBy,
            ProposeTime = move.ProposedAt.ToProto(),
            DecidedBy = move.DecidedBy ?? string.Empty,
            DecideTime = move.DecidedAt?.ToProto(),
        }));
        message.CompetencyRatings.AddRange(leader.CompetencyRatings.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Select(rating => new Proto.CompetencyRating
        {
            CompetencyCode = rating.CompetencyCode,
            Source = rating.Source.ToProto(),
            Score = rating.Score,
            ScoreLabel = CompetencyScale.Label(rating.Score),
            RatedOn = rating.RatedOn.ToProto(),
            Evidence = rating.Evidence ?? string.Empty,
            RecordedBy = rating.RecordedBy,
            RecordTime = rating.RecordedAt.ToProto(),
        }));
        return message;
    }

    public static Proto.Competency ToProto(this Competency competency) => new()
    {
        Code = competency.Code,
        Domain = competency.Domain,
        Label = competency.Label,
        Description = competency.Description ?? string.Empty,
    };

    public static Proto.RatingSource ToProto(this RatingSource source) => ContractEnums.RatingSource.ToContract(source);

    public static Proto.Role ToProto(this LeaderRole role) => new() { Code = role.Code, Label = role.Label };

    public static Proto.CriticalRole ToProto(this CriticalRole role, IReadOnlySet<Guid> activeDistrictLeaders)
    {
        var message = new Proto.CriticalRole
        {
            CriticalRoleId = role.Id.ToString(),
            DistrictId = role.DistrictId.ToString(),
            Title = role.Title,
            RoleCode = role.RoleCode,
            IncumbentLeaderId = role.IncumbentLeaderId?.ToString() ?? string.Empty,
            Covered = role.IsCovered(activeDistrictLeaders),
            Version = role.Version,
        };
        message.Successors.AddRange(role.Successors.Select(s => new Proto.Successor { LeaderId = s.LeaderId.ToString(), Readiness = s.Readiness.ToProto() }));
        return message;
    }

    public static Proto.PipelineStage ToProto(this PipelineStage stage) => ContractEnums.PipelineStage.ToContract(stage);

    public static Proto.LeaderStatus ToProto(this LeaderStatus status) => ContractEnums.LeaderStatus.ToContract(status);

    public static Proto.ReadinessLevel ToProto(this ReadinessLevel level) => ContractEnums.ReadinessLevel.ToContract(level);

    public static Proto.MoveStatus ToProto(this MoveStatus status) => ContractEnums.MoveStatus.ToContract(status);
}
