using Microsoft.Extensions.Logging;

namespace Consortium.ServiceDefaults.Security;

/// <summary>
/// Records every read of a district's records by someone outside that district — consortium
/// staff included — as the security model requires: who (subject and their district), what
/// (the kind of record, its id, its district), when (the log record's time). Written as structured
/// logs with stable event names, which the telemetry pipeline keeps with the trace. Reads within
/// one's own district are not recorded: the district already sees its own data.
/// </summary>
public static partial class CrossDistrictReadAudit
{
    /// <summary>Whether reading a record of <paramref name="districtId"/> is a read from outside it.</summary>
    public static bool IsOutside(Caller caller, Guid districtId) =>
        caller.IsStaff || caller.DistrictId != districtId;

    /// <summary>Records that <paramref name="caller"/> read one record, when it is outside their district.</summary>
    /// <param name="resource">The kind of record, e.g. <c>submission</c> or <c>leader</c>.</param>
    /// <param name="view">How much of it they saw, e.g. <c>Full</c>, <c>Anonymous</c>.</param>
    public static void Read(ILogger logger, Caller caller, string resource, Guid resourceId, Guid districtId, string view)
    {
        if (IsOutside(caller, districtId))
        {
            LogRead(logger, caller.Subject, caller.DistrictId, resource, resourceId, districtId, view);
        }
    }

    /// <summary>
    /// Records that <paramref name="caller"/> listed records; only those outside their district
    /// (ids with their district, or <c>null</c> when hidden, e.g. anonymised) are named.
    /// </summary>
    public static void Listed(ILogger logger, Caller caller, string resource, IEnumerable<(Guid Id, Guid? DistrictId)> records)
    {
        var outside = records
            .Where(record => record.DistrictId is not { } district || IsOutside(caller, district))
            .Select(record => record.Id.ToString())
            .ToList();
        if (outside.Count > 0)
        {
            LogListed(logger, caller.Subject, caller.DistrictId, outside.Count, resource, string.Join(",", outside));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, EventName = "CrossDistrictRead",
        Message = "Audit: {Subject} (district {CallerDistrict}) read {Resource} {ResourceId} of district {DistrictId} ({View})")]
    private static partial void LogRead(ILogger logger, string subject, Guid? callerDistrict, string resource, Guid resourceId, Guid districtId, string view);

    [LoggerMessage(Level = LogLevel.Information, EventName = "CrossDistrictListed",
        Message = "Audit: {Subject} (district {CallerDistrict}) listed {Count} {Resource} record(s) of other districts: {ResourceIds}")]
    private static partial void LogListed(ILogger logger, string subject, Guid? callerDistrict, int count, string resource, string resourceIds);
}
