using Consortium.ServiceDefaults.Domain;

namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// "Give what you get" (APQC code of conduct): a district sees comparisons for a topic in a
/// cycle only once it has given its own, and "given" means accepted by staff (ADR 15). Counting a
/// merely submitted submission let a district submit placeholder values, read every comparison
/// and withdraw (a withdrawn submission never counts again, but what was read stays read); review
/// is what stops placeholders, so the wait for it is the price. Returned, drafts and withdrawn
/// submissions do not count either. Staff always see.
/// </summary>
public static class GiveToGet
{
    public const string Rule = "GIVE_TO_GET";

    public static bool Allows(Viewer viewer, SubmissionStatus? ownSubmission) =>
        viewer.IsStaff || ownSubmission is SubmissionStatus.Accepted;

    /// <summary>
    /// The same rule as a suppression, for answers that list many cycles (a trend): the points the
    /// district has not given for are withheld one by one instead of failing the whole answer.
    /// </summary>
    public static Suppression? Check(Viewer viewer, SubmissionStatus? ownSubmission) =>
        Allows(viewer, ownSubmission)
            ? null
            : new Suppression(
                SuppressionReason.NotYetGiven,
                "Your district sees other districts' results for this topic once its own submission for this cycle has been accepted.");

    /// <summary>Throws <see cref="RuleViolationException"/> (FailedPrecondition) when the viewer has not given yet.</summary>
    public static void Ensure(Viewer viewer, Guid topicId, SubmissionStatus? ownSubmission)
    {
        if (!Allows(viewer, ownSubmission))
        {
            throw new RuleViolationException(
                $"topic/{topicId}",
                Rule,
                "Your district sees other districts' results for this topic once its own submission for this cycle has been accepted.");
        }
    }
}
