using Consortium.ServiceDefaults.Security;
using Consortium.Submissions.Domain;
using Proto = Consortium.Contracts.Submissions.V1;

namespace Consortium.Submissions.Api;

/// <summary>
/// Records every read of another district's submissions (who, what, when), as the security
/// model requires. Writes need no extra record: each is a version with its author and time.
/// Written as structured logs, which the telemetry pipeline keeps with the trace.
/// </summary>
internal static partial class ReadAudit
{
    public static void OtherDistrictRead(ILogger logger, Caller caller, Submission submission, View view)
    {
        if (!caller.ActsFor(submission.DistrictId) || caller.IsStaff)
        {
            LogRead(logger, caller.Subject, caller.DistrictId, submission.Id, submission.DistrictId, view);
        }
    }

    public static void OtherDistrictsListed(ILogger logger, Caller caller, Proto.ListSubmissionsResponse response)
    {
        var others = response.Submissions
            .Where(s => s.Anonymized || (Guid.TryParse(s.DistrictId, out var id) && id != caller.DistrictId))
            .Select(s => s.SubmissionId)
            .ToList();
        if (others.Count > 0)
        {
            LogListed(logger, caller.Subject, caller.DistrictId, others.Count, string.Join(",", others));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, EventName = "OtherDistrictSubmissionRead",
        Message = "Audit: {Subject} (district {CallerDistrict}) read submission {SubmissionId} of district {DistrictId} ({View})")]
    private static partial void LogRead(ILogger logger, string subject, Guid? callerDistrict, Guid submissionId, Guid districtId, View view);

    [LoggerMessage(Level = LogLevel.Information, EventName = "OtherDistrictSubmissionsListed",
        Message = "Audit: {Subject} (district {CallerDistrict}) listed {Count} submission(s) of other districts: {SubmissionIds}")]
    private static partial void LogListed(ILogger logger, string subject, Guid? callerDistrict, int count, string submissionIds);
}
