using Consortium.Contracts.Pipeline.V1;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Domain = Consortium.Pipeline.Domain;

namespace Consortium.Pipeline.Api;

/// <summary>The role list, critical roles, succession slates and coverage.</summary>
public sealed partial class PipelineApi
{
    public override async Task<ListRolesResponse> ListRoles(ListRolesRequest request, ServerCallContext context)
    {
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var fingerprint = Paging.Fingerprint(nameof(ListRoles));
        var after = Paging.DecodeToken<RoleCursor>(request.PageToken, fingerprint);
        var query = db.Roles.AsNoTracking();
        if (after is not null)
        {
            query = query.Where(role => EF.Functions.GreaterThan(ValueTuple.Create(role.SortOrder, role.Code), ValueTuple.Create(after.SortOrder, after.Code)));
        }

        var roles = await query.OrderBy(role => role.SortOrder).ThenBy(role => role.Code).Take(pageSize + 1).ToListAsync(context.CancellationToken);
        var response = new ListRolesResponse();
        response.Roles.AddRange(roles.Take(pageSize).Select(role => role.ToProto()));
        if (roles.Count > pageSize)
        {
            response.NextPageToken = Paging.EncodeToken(new RoleCursor(roles[pageSize - 1].SortOrder, roles[pageSize - 1].Code), fingerprint);
        }

        return response;
    }

    [Authorize(Policy = Policies.Staff)]
    public override Task<Role> AddRole(AddRoleRequest request, ServerCallContext context) =>
        requests.RunOnceAsync(context.GetCaller(), request.RequestId, nameof(AddRole), request, async cancellationToken =>
        {
            var last = await db.Roles.MaxAsync(role => (int?)role.SortOrder, cancellationToken) ?? 0;
            var role = Domain.LeaderRole.Create(request.Code, request.Label, last + 10);
            if (await db.Roles.AnyAsync(existing => existing.Code == role.Code, cancellationToken))
            {
                throw new ServiceDefaults.Domain.AlreadyExistsException("role", role.Code, $"The role '{role.Code}' already exists.");
            }

            db.Roles.Add(role);
            await db.SaveChangesAsync(cancellationToken);
            return role.ToProto();
        }, context.CancellationToken);

    public override Task<CriticalRole> DefineCriticalRole(DefineCriticalRoleRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id");
        LeaderAccess.RequireManage(caller, districtId);
        return requests.RunOnceAsync(caller, request.RequestId, nameof(DefineCriticalRole), request, cancellationToken => InTransactionAsync(async () =>
        {
            var violations = new ServiceDefaults.Domain.Violations();
            Guid? incumbent = string.IsNullOrWhiteSpace(request.IncumbentLeaderId)
                ? null
                : ProtoConversions.ParseId(request.IncumbentLeaderId, "incumbent_leader_id", violations);
            violations.ThrowIfAny();

            // A role for a district Districts never announced would be a row nobody can see or fix.
            await RequireMemberAsync(districtId, "district_id", cancellationToken);
            var now = time.GetUtcNow();
            var active = await SuccessionCoverageRecorder.ActiveLeadersAsync(db, districtId, cancellationToken);
            var role = Domain.CriticalRole.Define(districtId, request.Title, request.RoleCode, incumbent, await KnownRolesAsync(cancellationToken), active, now);
            db.CriticalRoles.Add(role);
            await db.SaveChangesAsync(cancellationToken);
            await coverage.RecordAsync(districtId, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return role.ToProto(active);
        }, cancellationToken), context.CancellationToken);
    }

    public override Task<CriticalRole> SetSuccessionSlate(SetSuccessionSlateRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var roleId = ProtoConversions.ParseId(request.CriticalRoleId, "critical_role_id");
        return requests.RunOnceAsync(caller, request.RequestId, nameof(SetSuccessionSlate), request, cancellationToken => InTransactionAsync(async () =>
        {
            var role = await db.CriticalRoles.SingleOrDefaultAsync(r => r.Id == roleId, cancellationToken)
                ?? throw new ServiceDefaults.Domain.NotFoundException("critical role", roleId.ToString());
            LeaderAccess.RequireManage(caller, role.DistrictId);
            if (request.HasExpectedVersion && request.ExpectedVersion != role.Version)
            {
                throw new VersionConflictException($"Critical role {role.Id}", request.ExpectedVersion, role.Version);
            }

            var violations = new ServiceDefaults.Domain.Violations();
            var successors = request.Successors.Select((successor, index) =>
            {
                var leaderId = ProtoConversions.ParseId(successor.LeaderId, $"successors[{index}].leader_id", violations);
                var readiness = LeaderInputs.ToDomain(successor.Readiness);
                violations.Require(readiness is not null, $"successors[{index}].readiness", "Choose READY_NOW, READY_1_TO_2_YEARS or READY_3_PLUS_YEARS.");
                return new Domain.Successor(leaderId, readiness ?? Domain.ReadinessLevel.ReadyIn3PlusYears);
            }).ToList();
            violations.ThrowIfAny();

            var now = time.GetUtcNow();
            var active = await SuccessionCoverageRecorder.ActiveLeadersAsync(db, role.DistrictId, cancellationToken);
            if (role.SetSlate(successors, active, now))
            {
                await db.SaveChangesAsync(cancellationToken);
                await coverage.RecordAsync(role.DistrictId, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            return role.ToProto(active);
        }, cancellationToken), context.CancellationToken);
    }

    public override async Task<SuccessionCoverage> GetSuccessionCoverage(GetSuccessionCoverageRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var districtId = ProtoConversions.ParseId(request.DistrictId, "district_id");
        LeaderAccess.RequireManage(caller, districtId);
        var (result, roles, active) = await coverage.ComputeAsync(districtId, context.CancellationToken);
        // The slates name leaders: person-level data.
        await audit.ReadAsync(caller, "succession-coverage", districtId, districtId, $"{roles.Count} critical roles with slates", context.CancellationToken);
        var response = new SuccessionCoverage
        {
            DistrictId = districtId.ToString(),
            CriticalRoleCount = result.CriticalRoleCount,
            CoveredRoleCount = result.CoveredRoleCount,
            CoveragePercent = result.Percent.ToProto(),
        };
        response.CriticalRoles.AddRange(roles.Select(role => role.ToProto(active)));
        return response;
    }

    private sealed record RoleCursor(int SortOrder, string Code);
}
