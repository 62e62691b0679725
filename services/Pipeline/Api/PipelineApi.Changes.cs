using Consortium.Contracts.Pipeline.V1;
using Consortium.Pipeline.Messaging;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Messaging;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Domain = Consortium.Pipeline.Domain;

namespace Consortium.Pipeline.Api;

/// <summary>Stage changes, readiness, departures and moves between member districts.</summary>
public sealed partial class PipelineApi
{
    public override Task<Leader> ChangeStage(ChangeStageRequest request, ServerCallContext context) =>
        ChangeLeaderAsync(context, request.RequestId, nameof(ChangeStage), request, request.LeaderId, request.HasExpectedVersion ? request.ExpectedVersion : null,
            (leader, caller, now, _) =>
            {
                var violations = new Violations();
                var effectiveOn = ProtoConversions.ToDateOnly(request.EffectiveOn, Domain.LeaderFields.EffectiveOn, violations);
                violations.ThrowIfAny();
                var change = leader.ChangeStage(LeaderInputs.ToDomain(request.Stage), request.Reason, effectiveOn, caller.Subject, now);
                db.AddIntegrationEvent(PipelineEvents.StageChanged(leader, change, now));
                return Task.CompletedTask;
            });

    public override Task<Leader> AssessReadiness(AssessReadinessRequest request, ServerCallContext context) =>
        ChangeLeaderAsync(context, request.RequestId, nameof(AssessReadiness), request, request.LeaderId, expectedVersion: null,
            async (leader, caller, now, cancellationToken) =>
            {
                var violations = new Violations();
                var assessedOn = ProtoConversions.ToDateOnly(request.AssessedOn, Domain.LeaderFields.AssessedOn, violations);
                violations.ThrowIfAny();
                var assessment = leader.AssessReadiness(
                    request.TargetRoleCode,
                    LeaderInputs.ToDomain(request.Level),
                    request.Assessor,
                    assessedOn,
                    request.Note,
                    await KnownRolesAsync(cancellationToken),
                    caller.Subject,
                    now);
                db.AddIntegrationEvent(PipelineEvents.Assessed(leader, assessment, now));
            });

    public override Task<Leader> RecordDeparture(RecordDepartureRequest request, ServerCallContext context) =>
        ChangeLeaderAsync(context, request.RequestId, nameof(RecordDeparture), request, request.LeaderId, request.HasExpectedVersion ? request.ExpectedVersion : null,
            async (leader, _, now, cancellationToken) =>
            {
                var violations = new Violations();
                var leftOn = ProtoConversions.ToDateOnly(request.LeftOn, Domain.LeaderFields.LeftOn, violations);
                violations.ThrowIfAny();
                leader.RecordDeparture(LeaderInputs.ToDomain(request.Kind), leftOn, now);
                db.AddIntegrationEvent(PipelineEvents.Left(leader, now));
                // Saved first so the coverage sees the leader gone from the district's slates.
                await db.SaveChangesAsync(cancellationToken);
                await coverage.RecordAsync(leader.DistrictId, now, cancellationToken);
            });

    public override Task<Leader> MoveLeader(MoveLeaderRequest request, ServerCallContext context) =>
        ChangeLeaderAsync(context, request.RequestId, nameof(MoveLeader), request, request.LeaderId, expectedVersion: null,
            async (leader, caller, now, cancellationToken) =>
            {
                var violations = new Violations();
                var to = ProtoConversions.ParseId(request.ToDistrictId, Domain.LeaderFields.ToDistrictId, violations);
                violations.ThrowIfAny();
                leader.ProposeMove(to, caller.Subject, now);
                await RequireMemberAsync(to, Domain.LeaderFields.ToDistrictId, cancellationToken);
            });

    public override Task<Leader> ConfirmLeaderMove(ConfirmLeaderMoveRequest request, ServerCallContext context) =>
        ChangeLeaderAsync(context, request.RequestId, nameof(ConfirmLeaderMove), request, request.LeaderId, expectedVersion: null,
            async (leader, caller, now, cancellationToken) =>
            {
                // The destination may have left the consortium since the move was proposed.
                await RequireMemberAsync(leader.PendingMove?.ToDistrictId ?? leader.DistrictId, "leader_id", cancellationToken);
                var move = leader.ConfirmMove(caller.Subject, now);
                db.AddIntegrationEvent(PipelineEvents.Moved(leader, move, now));
                await db.SaveChangesAsync(cancellationToken);
                await coverage.RecordAsync(move.FromDistrictId, now, cancellationToken);
            },
            authorize: (caller, leader) =>
            {
                // The destination consents; the origin already did by proposing.
                if (leader.PendingMove is { } pending)
                {
                    LeaderAccess.RequireManage(caller, pending.ToDistrictId);
                }
                else
                {
                    LeaderAccess.RequireManage(caller, leader.DistrictId);
                }
            });

    public override Task<Leader> CancelLeaderMove(CancelLeaderMoveRequest request, ServerCallContext context) =>
        ChangeLeaderAsync(context, request.RequestId, nameof(CancelLeaderMove), request, request.LeaderId, expectedVersion: null,
            (leader, caller, now, _) =>
            {
                leader.CancelMove(caller.Subject, now);
                return Task.CompletedTask;
            },
            authorize: (caller, leader) =>
            {
                if (!caller.CanManage(leader.DistrictId) && !(leader.PendingMove is { } pending && caller.CanManage(pending.ToDistrictId)))
                {
                    throw new PermissionDeniedException("Only the origin or destination district's lead, or consortium staff, can cancel a move.");
                }
            });
}
