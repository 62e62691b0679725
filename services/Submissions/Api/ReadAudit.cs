using Consortium.ServiceDefaults.Security;
using Consortium.Submissions.Domain;
using Proto = Consortium.Contracts.Submissions.V1;

namespace Consortium.Submissions.Api;

/// <summary>
/// Records every read of another district's submissions (who, what, when), as the security
/// model requires, through the shared <see cref="CrossDistrictReadAudit"/>. Writes need no extra
/// record: each is a version with its author and time.
/// </summary>
internal static class ReadAudit
{
    private const string Resource = "submission";

    public static void OtherDistrictRead(ILogger logger, Caller caller, Submission submission, View view) =>
        CrossDistrictReadAudit.Read(logger, caller, Resource, submission.Id, submission.DistrictId, view.ToString());

    public static void OtherDistrictsListed(ILogger logger, Caller caller, Proto.ListSubmissionsResponse response) =>
        CrossDistrictReadAudit.Listed(
            logger,
            caller,
            Resource,
            response.Submissions.Select(s => (
                Guid.Parse(s.SubmissionId),
                // An anonymised row hides its district; it is another district's by construction.
                s.Anonymized || !Guid.TryParse(s.DistrictId, out var districtId) ? (Guid?)null : districtId)));
}
