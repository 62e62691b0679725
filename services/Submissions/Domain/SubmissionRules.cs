namespace Consortium.Submissions.Domain;

/// <summary>
/// Stable codes of the lifecycle rules, carried as the <c>PreconditionFailure</c> type so
/// clients (and tests) can tell refusals apart without parsing messages.
/// </summary>
public static class SubmissionRules
{
    /// <summary>The action is not allowed from the submission's current status.</summary>
    public const string Transition = "SUBMISSION_TRANSITION";

    /// <summary>Only drafts and returned submissions can be edited.</summary>
    public const string NotEditable = "SUBMISSION_NOT_EDITABLE";

    /// <summary>Required targets are unanswered, or values contradict each other.</summary>
    public const string Incomplete = "SUBMISSION_INCOMPLETE";

    /// <summary>The cycle's submission window is not open now.</summary>
    public const string WindowClosed = "SUBMISSION_WINDOW_CLOSED";

    /// <summary>The cycle's results are published: nothing in it can be submitted any more.</summary>
    public const string ResultsPublished = "CYCLE_RESULTS_PUBLISHED";

    /// <summary>The district is not (known to be) an active member.</summary>
    public const string DistrictNotActive = "DISTRICT_NOT_ACTIVE";

    /// <summary>The topic is not (known to be) published, or it was retired.</summary>
    public const string TopicNotOpen = "TOPIC_NOT_OPEN";
}
