using Consortium.Contracts.Audit.V1;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Proto = Consortium.Contracts.Audit.V1;

namespace Consortium.ServiceDefaults.Auditing;

/// <summary>
/// <c>consortium.audit.v1.AuditTrail</c> over the service's own <c>audit_entries</c>: staff list
/// who read which district's records, newest first, keyset-paged. One implementation, mapped by
/// every service that keeps the store (<see cref="AuditExtensions.MapAuditTrail"/>).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class AuditTrailApi(DbContext db) : Proto.AuditTrail.AuditTrailBase
{
    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        var violations = new Violations();
        Guid? district = OptionalId(request.DistrictId, "district_id", violations);
        Guid? callerDistrict = OptionalId(request.CallerDistrictId, "caller_district_id", violations);
        var subject = request.Subject.Trim();
        DateTimeOffset? start = request.StartTime?.ToDateTimeOffset();
        DateTimeOffset? end = request.EndTime?.ToDateTimeOffset();
        violations.Require(start is null || end is null || start < end, "end_time", "must be after start_time.");
        violations.ThrowIfAny();
        var pageSize = Paging.NormalizePageSize(request.PageSize);
        var fingerprint = Paging.Fingerprint(nameof(ListAuditEntries), district, callerDistrict, subject, start?.UtcTicks, end?.UtcTicks);
        var after = Paging.DecodeToken<EntryCursor>(request.PageToken, fingerprint);

        var query = db.Set<AuditEntry>().AsNoTracking();
        if (district is { } of)
        {
            query = query.Where(e => e.DistrictId == of);
        }

        if (callerDistrict is { } by)
        {
            query = query.Where(e => e.CallerDistrictId == by);
        }

        if (subject.Length > 0)
        {
            query = query.Where(e => e.Subject == subject);
        }

        if (start is { } from)
        {
            query = query.Where(e => e.OccurredAt >= from);
        }

        if (end is { } to)
        {
            query = query.Where(e => e.OccurredAt < to);
        }

        if (after is not null)
        {
            query = query.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.OccurredAt, e.Id), ValueTuple.Create(after.OccurredAt, after.Id)));
        }

        var rows = await query.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(pageSize + 1).ToListAsync(context.CancellationToken);
        var response = new ListAuditEntriesResponse();
        response.Entries.AddRange(rows.Take(pageSize).Select(ToProto));
        if (rows.Count > pageSize)
        {
            var last = rows[pageSize - 1];
            response.NextPageToken = Paging.EncodeToken(new EntryCursor(last.OccurredAt, last.Id), fingerprint);
        }

        return response;
    }

    private static Guid? OptionalId(string value, string field, Violations violations) =>
        string.IsNullOrWhiteSpace(value) ? null : ProtoConversions.ParseId(value, field, violations);

    private static Proto.AuditEntry ToProto(AuditEntry entry) => new()
    {
        EntryId = entry.Id.ToString(),
        OccurTime = entry.OccurredAt.ToProto(),
        Subject = entry.Subject,
        CallerDistrictId = entry.CallerDistrictId?.ToString() ?? string.Empty,
        Action = entry.Action,
        Resource = entry.Resource,
        ResourceId = entry.ResourceId.ToString(),
        DistrictId = entry.DistrictId?.ToString() ?? string.Empty,
        View = entry.View,
        TraceId = entry.TraceId ?? string.Empty,
    };

    private sealed record EntryCursor(DateTimeOffset OccurredAt, Guid Id);
}
