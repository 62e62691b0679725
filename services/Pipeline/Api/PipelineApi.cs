using Consortium.Contracts.Pipeline.V1;
using Consortium.Pipeline.Data;
using Consortium.Pipeline.Messaging;
using Consortium.ServiceDefaults.Auditing;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Idempotency;
using Consortium.ServiceDefaults.Messaging;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Pipeline.Domain;

namespace Consortium.Pipeline.Api;

/// <summary>
/// The gRPC endpoints of <c>consortium.pipeline.v1</c>: check who may call, translate the
/// message, let the domain decide, save the change with its events in one transaction.
/// Leader records are here; stage, readiness and movements in <c>PipelineApi.Changes.cs</c>;
/// roles and succession in <c>PipelineApi.Succession.cs</c>;
/// the competency framework and ratings in <c>PipelineApi.Competencies.cs</c>; development
/// activities in <c>PipelineApi.Development.cs</c>. Reads of person-level data from outside the
/// leader's district (staff, or a destination district before a move) are audited.
/// </summary>
[Authorize]
public sealed partial class PipelineApi(
    PipelineDbContext db,
    IdempotentRequests<PipelineDbContext> requests,
    SuccessionCoverageRecorder coverage,
    TimeProvider time,
    AuditTrail audit) : PipelineService.PipelineServiceBase
{
    public override Task<Leader> EnrollLeader(EnrollLeaderRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id");
        LeaderAccess.RequireManage(caller, districtId);
        return requests.RunOnceAsync(caller, request.RequestId, nameof(EnrollLeader), request, async cancellationToken =>
        {
            var violations = new Violations();
            var roleStartedOn = ProtoConversions.ToDateOnly(request.RoleStartedOn, Domain.LeaderFields.RoleStartedOn, violations);
            var stageStartedOn = ProtoConversions.ToDateOnly(request.StageStartedOn, Domain.LeaderFields.StageStartedOn, violations);
            violations.ThrowIfAny();

            await RequireMemberAsync(districtId, "district_id", cancellationToken);
            var now = time.GetUtcNow();
            var leader = Domain.Leader.Enroll(
                districtId,
                request.Name,
                request.Email,
                request.RoleCode,
                roleStartedOn,
                LeaderInputs.ToDomain(request.Stage),
                stageStartedOn,
                request.LeaderSubject,
                await KnownRolesAsync(cancellationToken),
                caller.Subject,
                now);
            db.Leaders.Add(leader);
            db.AddIntegrationEvent(PipelineEvents.Enrolled(leader, now));
            await db.SaveChangesAsync(cancellationToken);
            return leader.ToProto();
        }, context.CancellationToken);
    }

    public override async Task<Leader> GetLeader(GetLeaderRequest request, ServerCallContext context)
    {
        var leaderId = ProtoConversions.ParseId(request.LeaderId, "leader_id");
        var caller = context.GetCaller();
        var leader = await FindLeaderAsync(leaderId, context.CancellationToken, tracking: false);
        LeaderAccess.RequireRead(caller, leader);
        await audit.ReadAsync(caller, "leader", leader.Id, leader.DistrictId, "full record", context.CancellationToken);
        return leader.ToProto();
    }

    public override async Task<ListLeadersResponse> ListLeaders(ListLeadersRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var response = await LeaderList.ListAsync(db, caller, request, context.CancellationToken);
        await audit.ListedAsync(caller, "leader", response.Leaders.Select(l => (Guid.Parse(l.LeaderId), (Guid?)Guid.Parse(l.DistrictId))), "list row", context.CancellationToken);
        return response;
    }

    public override Task<Leader> UpdateLeader(UpdateLeaderRequest request, ServerCallContext context) =>
        ChangeLeaderAsync(context, request.RequestId, nameof(UpdateLeader), request, request.LeaderId, request.HasExpectedVersion ? request.ExpectedVersion : null,
            async (leader, caller, now, cancellationToken) =>
            {
                var violations = new Violations();
                var roleStartedOn = ProtoConversions.ToDateOnly(request.RoleStartedOn, Domain.LeaderFields.RoleStartedOn, violations);
                violations.ThrowIfAny();
                leader.UpdateDetails(
                    request.HasName ? request.Name : null,
                    request.HasEmail ? request.Email : null,
                    request.HasRoleCode ? request.RoleCode : null,
                    roleStartedOn,
                    request.HasLeaderSubject ? request.LeaderSubject : null,
                    await KnownRolesAsync(cancellationToken),
                    now);
            });

    /// <summary>
    /// The shared shape of every change to one leader: parse the id, load, check the caller may
    /// manage the leader's district (or pass <paramref name="authorize"/>), check the version, apply
    /// <paramref name="change"/> (which queues its events), save atomically.
    /// </summary>
    private Task<Leader> ChangeLeaderAsync<TRequest>(
        ServerCallContext context,
        string requestId,
        string operation,
        TRequest request,
        string leaderIdText,
        int? expectedVersion,
        Func<Domain.Leader, ServiceDefaults.Security.Caller, DateTimeOffset, CancellationToken, Task> change,
        Action<ServiceDefaults.Security.Caller, Domain.Leader>? authorize = null)
        where TRequest : Google.Protobuf.IMessage
    {
        var caller = context.GetCaller();
        var leaderId = ProtoConversions.ParseId(leaderIdText, "leader_id");
        return requests.RunOnceAsync(caller, requestId, operation, request, cancellationToken => InTransactionAsync(async () =>
        {
            var leader = await FindLeaderAsync(leaderId, cancellationToken);
            (authorize ?? ((c, l) => LeaderAccess.RequireManage(c, l.DistrictId)))(caller, leader);
            if (expectedVersion is { } expected && expected != leader.Version)
            {
                throw new VersionConflictException($"Leader {leader.Id}", expected, leader.Version);
            }

            await change(leader, caller, time.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return leader.ToProto();
        }, cancellationToken), context.CancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction (joining the idempotency transaction when there
    /// is one), so a change saved in two steps — e.g. a departure, then the coverage it moves — commits whole.
    /// </summary>
    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private async Task<Domain.Leader> FindLeaderAsync(Guid leaderId, CancellationToken cancellationToken, bool tracking = true)
    {
        var query = tracking ? db.Leaders : db.Leaders.AsNoTracking();
        return await query.SingleOrDefaultAsync(leader => leader.Id == leaderId, cancellationToken)
            ?? throw new NotFoundException("leader", leaderId.ToString());
    }

    /// <summary>Leaders are enrolled in, and moved to, active member districts only (as Districts last told us).</summary>
    private async Task RequireMemberAsync(Guid districtId, string field, CancellationToken cancellationToken)
    {
        if (!await db.MemberDistricts.AnyAsync(d => d.Id == districtId && d.IsActiveMember, cancellationToken))
        {
            throw new RuleViolationException(
                $"district/{districtId}",
                Domain.MemberDistrict.NotMemberRule,
                $"{field}: district {districtId} is not an active member of the consortium (or Districts has not announced it yet).");
        }
    }

    private async Task<IReadOnlySet<string>> KnownRolesAsync(CancellationToken cancellationToken) =>
        (await db.Roles.AsNoTracking().Select(role => role.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
