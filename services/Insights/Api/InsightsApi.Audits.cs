using Consortium.Contracts.Insights.V1;
using Consortium.Insights.Data.ReadModel;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Consortium.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Insights.Api;

/// <summary>ListReadAudits (staff): who read which other districts' data, when; newest first, keyset-paged.</summary>
internal sealed partial class InsightsApi
{
    [Authorize(Policy = Policies.Staff)]
    public override async Task<ListReadAuditsResponse> ListReadAudits(ListReadAuditsRequest request, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var violations = new Violations();
        Guid? callerDistrict = string.IsNullOrWhiteSpace(request.CallerDistrictId)
            ? null
            : ProtoConversions.ParseId(request.CallerDistrictId, "caller_district_id", violations);
        var subject = request.Subject.Trim();
        DateTimeOffset? start = request.StartTime?.ToDateTimeOffset();
        DateTimeOffset? end = request.EndTime?.ToDateTimeOffset();
        violations.Require(start is null || end is null || start < end, "end_time", "must be after start_time.");
        var pageSize = PageSize(request.PageSize, violations);
        violations.ThrowIfAny();
        var fingerprint = Paging.Fingerprint(nameof(ListReadAudits), callerDistrict, subject, start?.UtcTicks, end?.UtcTicks);
        var after = Paging.DecodeToken<AuditCursor>(request.PageToken, fingerprint);

        var query = db.ReadAudits.AsNoTracking();
        if (callerDistrict is { } district)
        {
            query = query.Where(a => a.CallerDistrictId == district);
        }

        if (subject.Length > 0)
        {
            query = query.Where(a => a.Subject == subject);
        }

        if (start is { } from)
        {
            query = query.Where(a => a.OccurredAt >= from);
        }

        if (end is { } to)
        {
            query = query.Where(a => a.OccurredAt < to);
        }

        if (after is not null)
        {
            query = query.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.OccurredAt, a.Id), ValueTuple.Create(after.OccurredAt, after.Id)));
        }

        var rows = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var response = new ListReadAuditsResponse();
        response.Audits.AddRange(rows.Take(pageSize).Select(ToProto));
        if (rows.Count > pageSize)
        {
            var last = rows[pageSize - 1];
            response.NextPageToken = Paging.EncodeToken(new AuditCursor(last.OccurredAt, last.Id), fingerprint);
        }

        return response;
    }

    private static ReadAudit ToProto(ReadAuditRow row)
    {
        var audit = new ReadAudit
        {
            AuditId = row.Id.ToString(),
            OccurTime = row.OccurredAt.ToProto(),
            Subject = row.Subject,
            CallerRole = row.CallerRole,
            CallerDistrictId = row.CallerDistrictId?.ToString() ?? string.Empty,
            Operation = row.Operation,
            CycleId = row.CycleId?.ToString() ?? string.Empty,
            TopicId = row.TopicId?.ToString() ?? string.Empty,
            TargetId = row.TargetId?.ToString() ?? string.Empty,
            TraceId = row.TraceId ?? string.Empty,
        };
        audit.RevealedDistrictIds.AddRange(row.RevealedDistrictIds.Select(id => id.ToString()));
        if (row.AggregateDistrictCount is { } count)
        {
            audit.AggregateDistrictCount = count;
        }

        return audit;
    }

    private sealed record AuditCursor(DateTimeOffset OccurredAt, Guid Id);
}
