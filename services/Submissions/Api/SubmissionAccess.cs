using Consortium.ServiceDefaults.Security;
using Consortium.Submissions.Domain;

namespace Consortium.Submissions.Api;

/// <summary>How much of a submission a caller may see.</summary>
internal enum View
{
    /// <summary>Not at all: it is reported as not found, so its existence is not revealed.</summary>
    None,

    /// <summary>Everything except what identifies the district (id, name, contact, evidence links, authors).</summary>
    Anonymous,

    /// <summary>Everything a member may see of another district's named submission: all but the reviewer's comments.</summary>
    Full,

    /// <summary>Everything, reviewer comments included: staff and the district's own lead (ADR 15).</summary>
    Own,
}

/// <summary>
/// Who may see and change which submissions: the one place the sharing rules are decided.
/// Staff and the district's lead see everything of theirs; the district's other people (leaders)
/// see its accepted submissions only, since drafts and reviews are the lead's work in progress;
/// others see only accepted submissions, as the effective visibility allows (the stricter of the
/// submission's choice and the district's current preference).
/// </summary>
internal static class SubmissionAccess
{
    public static View ViewFor(Caller caller, Submission submission, SharingPreference? districtPreference) =>
        ViewFor(caller, submission.DistrictId, submission.Status, submission.Visibility.Effective(districtPreference));

    public static View ViewFor(Caller caller, Guid districtId, SubmissionStatus status, Visibility effective)
    {
        if (caller.ActsFor(districtId))
        {
            return MaySeeWorkInProgress(caller, districtId) || status == SubmissionStatus.Accepted ? View.Own : View.None;
        }

        if (status != SubmissionStatus.Accepted)
        {
            return View.None;
        }

        return effective switch
        {
            Visibility.Named => View.Full,
            Visibility.Anonymous => View.Anonymous,
            _ => View.None,
        };
    }

    /// <summary>
    /// Only the district's own benchmark lead writes its submissions. Staff review but do not
    /// author: a reviewer who could rewrite what they accept would make acceptance meaningless.
    /// </summary>
    public static bool MayAuthor(Caller caller, Guid districtId) =>
        caller.IsDistrictLead && caller.DistrictId == districtId;

    /// <summary>Version history shows drafts and reviewer exchanges: staff and the district's lead only.</summary>
    public static bool MayReadHistory(Caller caller, Guid districtId) => MaySeeWorkInProgress(caller, districtId);

    /// <summary>Drafts, submissions under review and reviewer comments: staff and the district's own lead.</summary>
    public static bool MaySeeWorkInProgress(Caller caller, Guid districtId) =>
        caller.IsStaff || (caller.IsDistrictLead && caller.DistrictId == districtId);
}
