using Consortium.ServiceDefaults.Auditing;
using Consortium.ServiceDefaults.Security;
using Consortium.Submissions.Domain;
using Proto = Consortium.Contracts.Submissions.V1;

namespace Consortium.Submissions.Api;

/// <summary>
/// Records every read of another district's submissions (who, what, when) in the audit store, as
/// the security model requires, through the shared <see cref="AuditTrail"/>. Writes need no extra
/// record: each is a version with its author and time.
/// </summary>
internal static class ReadAudit
{
    private const string Resource = "submission";

    public static Task OtherDistrictReadAsync(this AuditTrail audit, Caller caller, Submission submission, View view, CancellationToken cancellationToken) =>
        audit.ReadAsync(caller, Resource, submission.Id, submission.DistrictId, view.ToString(), cancellationToken);

    public static Task OtherDistrictsListedAsync(this AuditTrail audit, Caller caller, Proto.ListSubmissionsResponse response, CancellationToken cancellationToken) =>
        audit.ListedAsync(
            caller,
            Resource,
            response.Submissions.Select(s => (
                Guid.Parse(s.SubmissionId),
                // An anonymised row hides its district; it is another district's by construction.
                s.Anonymized || !Guid.TryParse(s.DistrictId, out var districtId) ? (Guid?)null : districtId)),
            "list row",
            cancellationToken);
}
