using Consortium.ServiceDefaults.Domain;

namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// "Give what you get" (APQC code of conduct): a district sees comparisons for a topic in a
/// cycle only once it has given its own. Submitted counts, not only accepted: review can take
/// weeks after the window closes, and a district that has handed in its data should not wait
/// for staff to see the meeting's figures. Returned does not count (staff found its values
/// wanting, so it has not yet given something usable), nor do drafts or withdrawn submissions.
/// Staff always see.
/// </summary>
public static class GiveToGet
{
    public const string Rule = "GIVE_TO_GET";

    public static bool Allows(Viewer viewer, SubmissionStatus? ownSubmission) =>
        viewer.IsStaff || ownSubmission is SubmissionStatus.Submitted or SubmissionStatus.Accepted;

    /// <summary>
    /// The same rule as a suppression, for answers that list many cycles (a trend): the points the
    /// district has not given for are withheld one by one instead of failing the whole answer.
    /// </summary>
    public static Suppression? Check(Viewer viewer, SubmissionStatus? ownSubmission) =>
        Allows(viewer, ownSubmission)
            ? null
            : new Suppression(
                SuppressionReason.NotYetGiven,
                "Your district sees other districts' results for this topic once it has submitted its own for this cycle.");

    /// <summary>Throws <see cref="RuleViolationException"/> (FailedPrecondition) when the viewer has not given yet.</summary>
    public static void Ensure(Viewer viewer, Guid topicId, SubmissionStatus? ownSubmission)
    {
        if (!Allows(viewer, ownSubmission))
        {
            throw new RuleViolationException(
                $"topic/{topicId}",
                Rule,
                "Your district sees other districts' results for this topic once it has submitted its own for this cycle.");
        }
    }
}
