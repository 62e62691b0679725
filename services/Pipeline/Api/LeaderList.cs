using Consortium.Contracts.Pipeline.V1;
using Consortium.Pipeline.Data;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Pipeline.Api;

/// <summary>
/// Leaders by name, filtered, one keyset page at a time, scoped to what the caller may see:
/// staff all districts, a district lead their own, a leader only their own record.
/// </summary>
internal static class LeaderList
{
    public static async Task<ListLeadersResponse> ListAsync(PipelineDbContext db, Caller caller, ListLeadersRequest request, CancellationToken cancellationToken)
    {
        var violations = new Violations();
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        Guid? districtId = string.IsNullOrEmpty(request.DistrictId) ? null : ProtoConversions.ParseId(request.DistrictId, "district_id", violations);
        var stage = LeaderInputs.ToDomain(request.Stage);
        var status = LeaderInputs.ToDomain(request.Status);
        var roleCode = TextInput.Clean(request.RoleCode)?.ToLowerInvariant();
        violations.ThrowIfAny();

        // Scope first: a filter can narrow what the caller may see, never widen it.
        string? ownSubject = null;
        if (caller.IsStaff)
        {
            // Staff see every district's pipeline.
        }
        else if (caller.IsDistrictLead && caller.DistrictId is { } own)
        {
            districtId ??= own;
            LeaderAccess.RequireManage(caller, districtId.Value);
        }
        else if (LeaderAccess.IsLeaderOnly(caller))
        {
            ownSubject = caller.Subject;
        }
        else
        {
            throw new PermissionDeniedException("Leaders' records are visible only to their own district and consortium staff.");
        }

        var fingerprint = Paging.Fingerprint(districtId, stage, status, roleCode, ownSubject);
        var after = Paging.DecodeToken<NameCursor>(request.PageToken, fingerprint);

        var filtered = db.Leaders.AsNoTracking();
        if (districtId is not null)
        {
            filtered = filtered.Where(leader => leader.DistrictId == districtId);
        }

        if (ownSubject is not null)
        {
            filtered = filtered.Where(leader => leader.LeaderSubject == ownSubject);
        }

        if (stage is not null)
        {
            filtered = filtered.Where(leader => leader.Stage == stage);
        }

        if (status is not null)
        {
            filtered = filtered.Where(leader => leader.Status == status);
        }

        if (roleCode is not null)
        {
            filtered = filtered.Where(leader => leader.RoleCode == roleCode);
        }

        var total = await filtered.CountAsync(cancellationToken);
        var page = filtered;
        if (after is not null)
        {
            page = page.Where(leader => EF.Functions.GreaterThan(
                ValueTuple.Create(leader.Name, leader.Id), ValueTuple.Create(after.Name, after.Id)));
        }

        var leaders = await page
            .OrderBy(leader => leader.Name).ThenBy(leader => leader.Id)
            .Take(pageSize + 1)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var response = new ListLeadersResponse { TotalSize = total };
        response.Leaders.AddRange(leaders.Take(pageSize).Select(leader => leader.ToProto()));
        if (leaders.Count > pageSize)
        {
            var last = leaders[pageSize - 1];
            response.NextPageToken = Paging.EncodeToken(new NameCursor(last.Name, last.Id), fingerprint);
        }

        return response;
    }

    private sealed record NameCursor(string Name, Guid Id);
}
