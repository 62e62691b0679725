using System.Globalization;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Submissions.Domain;

/// <summary>
/// The review lifecycle: Draft → Submitted → (Returned → Submitted again)* → Accepted, and
/// Withdrawn from any state before acceptance. What may happen depends on the status, and
/// submitting also on the cycle, the district and the topic as this service knows them.
/// </summary>
public sealed partial class Submission
{
    public const int ReviewerCommentsMaxLength = 4_000;

    /// <summary>
    /// Draft → Submitted. Needs the topic open, the district an active member, the cycle's
    /// window open now, every required target answered and the values consistent.
    /// </summary>
    public SubmissionVersion Submit(KnownTopic? topic, KnownCycle? cycle, KnownDistrict? district, string changedBy, DateTimeOffset now)
    {
        RequireStatus(SubmissionStatus.Draft, "submitted", Status == SubmissionStatus.Returned
            ? "This submission was returned for changes; resubmit it instead."
            : null);
        RequireCanBeSubmitted(topic, district);
        if (cycle is null || !cycle.IsWindowOpenAt(now))
        {
            throw new RuleViolationException($"cycle/{CycleId}", SubmissionRules.WindowClosed, DescribeClosedWindow(cycle, now));
        }

        RequireComplete(topic!);
        SubmissionCount++;
        SubmittedAt = now;
        Status = SubmissionStatus.Submitted;
        return Touch(SubmissionAction.Submitted, changedBy, now);
    }

    /// <summary>
    /// Returned → Submitted. The same checks as a first submission except the window: staff
    /// often review after it closes, and refusing the corrections they asked for would lose the
    /// district's submission. Once results are published the cycle is over, though.
    /// </summary>
    public SubmissionVersion Resubmit(KnownTopic? topic, KnownCycle? cycle, KnownDistrict? district, string changedBy, DateTimeOffset now)
    {
        RequireStatus(SubmissionStatus.Returned, "resubmitted", Status == SubmissionStatus.Draft
            ? "This submission has not been submitted yet; submit it instead."
            : null);
        RequireCanBeSubmitted(topic, district);
        if (cycle?.Status == CycleStatus.ResultsPublished)
        {
            throw new RuleViolationException($"cycle/{CycleId}", SubmissionRules.ResultsPublished,
                "The cycle's results are published, so submissions can no longer change.");
        }

        RequireComplete(topic!);
        SubmissionCount++;
        SubmittedAt = now;
        Status = SubmissionStatus.Submitted;
        return Touch(SubmissionAction.Resubmitted, changedBy, now);
    }

    /// <summary>Submitted → Returned, with what the district should change.</summary>
    public SubmissionVersion Return(string? reviewerComments, string changedBy, DateTimeOffset now)
    {
        var comments = TextInput.Clean(reviewerComments);
        var violations = new Violations();
        violations.Require(comments is not null, SubmissionFields.ReviewerComments, "Tell the district what to change before it resubmits.");
        violations.Require(
            comments is null || comments.Length <= ReviewerCommentsMaxLength,
            SubmissionFields.ReviewerComments,
            $"Keep the comments to {ReviewerCommentsMaxLength:N0} characters or fewer; they have {comments?.Length:N0}.");
        violations.ThrowIfAny();
        RequireStatus(SubmissionStatus.Submitted, "returned");

        ReviewerComments = comments;
        ReviewedAt = now;
        Status = SubmissionStatus.Returned;
        return Touch(SubmissionAction.Returned, changedBy, now);
    }

    /// <summary>Submitted → Accepted: final; its values count in comparisons.</summary>
    public SubmissionVersion Accept(string changedBy, DateTimeOffset now)
    {
        RequireStatus(SubmissionStatus.Submitted, "accepted");
        ReviewedAt = now;
        Status = SubmissionStatus.Accepted;
        return Touch(SubmissionAction.Accepted, changedBy, now);
    }

    /// <summary>Draft, Submitted or Returned → Withdrawn. The district may then start a new submission.</summary>
    public SubmissionVersion Withdraw(string changedBy, DateTimeOffset now)
    {
        if (Status is SubmissionStatus.Accepted or SubmissionStatus.Withdrawn)
        {
            throw new RuleViolationException(Subject, SubmissionRules.Transition, Status == SubmissionStatus.Accepted
                ? "An accepted submission cannot be withdrawn; ask consortium staff if it must be corrected."
                : "This submission is already withdrawn.");
        }

        Status = SubmissionStatus.Withdrawn;
        return Touch(SubmissionAction.Withdrawn, changedBy, now);
    }

    /// <summary>Whether others outside the consortium office ever heard of it (a withdrawn draft they did not).</summary>
    public bool WasEverSubmitted => SubmissionCount > 0;

    private void RequireStatus(SubmissionStatus required, string action, string? hint = null)
    {
        if (Status != required)
        {
            var message = hint ?? $"A submission can only be {action} when it is {required.ToString().ToLowerInvariant()}; this one is {Status.ToString().ToLowerInvariant()}.";
            throw new RuleViolationException(Subject, SubmissionRules.Transition, message);
        }
    }

    private void RequireCanBeSubmitted(KnownTopic? topic, KnownDistrict? district)
    {
        RequireTopicOpen(topic, TopicId, $"topic/{TopicId}");
        if (district is not { IsActiveMember: true })
        {
            var reason = district?.MembershipStatus switch
            {
                MembershipStatus.Suspended => "is suspended",
                MembershipStatus.Withdrawn => "has withdrawn from the consortium",
                _ => "is not known to be an active member yet",
            };
            throw new RuleViolationException($"district/{DistrictId}", SubmissionRules.DistrictNotActive,
                $"The district {reason}, so it cannot submit; drafts are kept until it is reinstated.");
        }
    }

    private void RequireComplete(KnownTopic topic)
    {
        var answered = Values.Select(value => value.TargetCode).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var missing = topic.Targets.Where(target => target.Required && !answered.Contains(target.Code)).Select(target => target.Code).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"Answer every required target first; missing: {string.Join(", ", missing)}.");
        }

        if (Content.Narrative is null)
        {
            problems.Add("Describe what the district does and for whom (the narrative) first.");
        }

        problems.AddRange(TargetValueRules.CheckParts(topic.Targets, Values).Select(problem => problem.Problem));
        if (problems.Count > 0)
        {
            throw new RuleViolationException(Subject, SubmissionRules.Incomplete, string.Join(" ", problems));
        }
    }

    private static string DescribeClosedWindow(KnownCycle? cycle, DateTimeOffset now)
    {
        if (cycle?.OpensAt is not { } opens || cycle.ClosesAt is not { } closes)
        {
            return "The cycle's submission window is not open (it has not opened yet, or this service has not heard of it).";
        }

        var window = string.Create(CultureInfo.InvariantCulture, $"{opens:yyyy-MM-dd HH:mm} to {closes:yyyy-MM-dd HH:mm} UTC");
        return cycle.Status != CycleStatus.Open || now >= closes
            ? $"The submission window of {cycle.Name} closed (it ran from {window}); submissions are no longer taken."
            : $"The submission window of {cycle.Name} is not open yet (it runs from {window}).";
    }
}
