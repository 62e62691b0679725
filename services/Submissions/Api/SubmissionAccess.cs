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

    /// <summary>Everything.</summary>
    Full,
}

/// <summary>
/// Who may see and change which submissions: the one place the sharing rules are decided.
/// Staff and the district's own people see everything of theirs; others see only accepted
/// submissions (drafts and those under review are work in progress), as visibility allows.
/// </summary>
internal static class SubmissionAccess
{
    public static View ViewFor(Caller caller, Submission submission, SharingPreference? districtPreference) =>
        ViewFor(caller, submission.DistrictId, submission.Status, submission.Visibility.Resolve(districtPreference));

    public static View ViewFor(Caller caller, Guid districtId, SubmissionStatus status, Visibility effective)
    {
        if (caller.ActsFor(districtId))
        {
            return View.Full;
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

    /// <summary>Version history shows drafts and reviewer exchanges: staff and the district only.</summary>
    public static bool MayReadHistory(Caller caller, Guid districtId) => caller.ActsFor(districtId);
}
