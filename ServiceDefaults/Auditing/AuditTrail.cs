using System.Diagnostics;
using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Consortium.ServiceDefaults.Auditing;

/// <summary>
/// Writes the audit store: every read of a district's records by someone outside that district —
/// consortium staff included — as the security model requires. Reads within one's own district are
/// not recorded: the district already sees its own data. The entries are saved before the answer
/// leaves, so a read that is answered is a read that is recorded. Only a Debug line is logged:
/// the store, not the log, is the record (ADR 22).
/// </summary>
public sealed partial class AuditTrail(DbContext db, TimeProvider time, ILogger<AuditTrail> logger)
{
    /// <summary>Whether reading a record of <paramref name="districtId"/> is a read from outside it.</summary>
    public static bool IsOutside(Caller caller, Guid districtId) =>
        caller.IsStaff || caller.DistrictId != districtId;

    /// <summary>Records that <paramref name="caller"/> read one record, when it is outside their district.</summary>
    /// <param name="resource">The kind of record, e.g. <c>submission</c> or <c>leader</c>.</param>
    /// <param name="view">How much of it they saw, e.g. <c>Full</c>, <c>Anonymous</c>.</param>
    public Task ReadAsync(Caller caller, string resource, Guid resourceId, Guid districtId, string view, CancellationToken cancellationToken) =>
        IsOutside(caller, districtId)
            ? SaveAsync(caller, AuditActions.Read, resource, [(resourceId, districtId)], view, cancellationToken)
            : Task.CompletedTask;

    /// <summary>
    /// Records that <paramref name="caller"/> listed records; only those outside their district
    /// (ids with their district, or <c>null</c> when hidden, e.g. anonymised) are recorded.
    /// </summary>
    public Task ListedAsync(Caller caller, string resource, IEnumerable<(Guid Id, Guid? DistrictId)> records, string view, CancellationToken cancellationToken)
    {
        var outside = records.Where(record => record.DistrictId is not { } district || IsOutside(caller, district)).ToList();
        return outside.Count == 0 ? Task.CompletedTask : SaveAsync(caller, AuditActions.Listed, resource, outside, view, cancellationToken);
    }

    private async Task SaveAsync(Caller caller, string action, string resource, IReadOnlyList<(Guid Id, Guid? DistrictId)> records, string view, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var traceId = Activity.Current?.TraceId.ToString();
        var entries = records.Select(record => new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            Subject = Echo.Of(caller.Subject, AuditEntry.MaxTextLength),
            CallerDistrictId = caller.DistrictId,
            Action = action,
            Resource = resource,
            ResourceId = record.Id,
            DistrictId = record.DistrictId,
            View = Echo.Of(view, AuditEntry.MaxTextLength),
            TraceId = traceId,
        }).ToList();
        db.Set<AuditEntry>().AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
        LogRecorded(logger, entries.Count, action, resource, caller.Subject);
    }

    [LoggerMessage(Level = LogLevel.Debug, EventName = "AuditRecorded", Message = "Audit store: {Count} {Action} {Resource} entr(ies) for {Subject}")]
    private static partial void LogRecorded(ILogger logger, int count, string action, string resource, string subject);
}
