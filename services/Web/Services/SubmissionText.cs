using System.Globalization;
using Consortium.Contracts.Submissions.V1;

namespace Consortium.Web.Services;

/// <summary>How submissions read on a page.</summary>
public static class SubmissionText
{
    public static string Status(Submission submission) => submission.Status switch
    {
        SubmissionStatus.Draft => "Draft",
        SubmissionStatus.Submitted when submission.SubmissionCount > 1 => "Resubmitted, awaiting review",
        SubmissionStatus.Submitted => "Submitted, awaiting review",
        SubmissionStatus.Returned => "Returned with comments",
        SubmissionStatus.Accepted => "Accepted",
        SubmissionStatus.Withdrawn => "Withdrawn",
        _ => "Unknown",
    };

    public static bool IsEditable(Submission submission) => submission.Status is SubmissionStatus.Draft or SubmissionStatus.Returned;

    public static string ValueText(TargetValue value) => value.ValueCase switch
    {
        TargetValue.ValueOneofCase.Number => value.Number.Value,
        TargetValue.ValueOneofCase.RubricRank => value.RubricRank.ToString(CultureInfo.InvariantCulture),
        TargetValue.ValueOneofCase.YesNo => value.YesNo ? "yes" : "no",
        TargetValue.ValueOneofCase.Text => value.Text,
        _ => "",
    };
}
