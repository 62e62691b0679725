using Consortium.ServiceDefaults.Domain;

namespace Consortium.Submissions.Domain;

/// <summary>
/// A district's submission on one topic of a cycle, of one benchmark kind: what it does, the
/// value of each target, and where it is in review. Every change goes through a method that
/// enforces the rules, bumps <see cref="Version"/> and returns the new immutable
/// <see cref="SubmissionVersion"/> for the caller to store. Review steps are in
/// <c>Submission.Lifecycle.cs</c>.
/// </summary>
public sealed partial class Submission
{
    // For EF Core materialization only; it sets every property.
    private Submission()
    {
        Content = null!;
        Values = [];
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DistrictId { get; private set; }

    public Guid CycleId { get; private set; }

    public Guid TopicId { get; private set; }

    public BenchmarkKind Kind { get; private set; }

    public SubmissionStatus Status { get; private set; }

    public SubmissionContent Content { get; private set; }

    /// <summary>As the district chose it; resolve with <see cref="VisibilityResolution.Resolve"/>.</summary>
    public Visibility Visibility { get; private set; }

    /// <summary>In the topic's target order; each valid for its measure type.</summary>
    public IReadOnlyList<TargetValue> Values { get; private set; }

    /// <summary>The comments of the last return, kept after resubmission so the history reads clearly.</summary>
    public string? ReviewerComments { get; private set; }

    /// <summary>How many times it was submitted: 1 after the first submission, more after resubmissions.</summary>
    public int SubmissionCount { get; private set; }

    /// <summary>Starts at 1; incremented by every change.</summary>
    public int Version { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    private string Subject => $"submission/{Id}";

    /// <summary>
    /// Starts a draft on <paramref name="topic"/> for <paramref name="district"/>. The topic must
    /// be open and the district a member (a suspended one may prepare drafts; it cannot submit).
    /// Reports every invalid field at once; values present must fit their targets.
    /// </summary>
    public static (Submission Submission, SubmissionVersion Version) Create(
        Guid districtId,
        KnownDistrict? district,
        Guid topicId,
        KnownTopic? topic,
        BenchmarkKind kind,
        DraftChanges content,
        IReadOnlyList<TargetValueInput> values,
        string createdBy,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        RequireTopicOpen(topic, topicId, $"topic/{topicId}");
        if (district is null || district.MembershipStatus is null or MembershipStatus.Withdrawn)
        {
            throw new RuleViolationException(
                $"district/{districtId}",
                SubmissionRules.DistrictNotActive,
                "This district is not a member of the consortium (or its membership has not reached this service yet), so it cannot start a submission.");
        }

        var violations = new Violations();
        violations.Require(
            topic!.BenchmarkKinds.Contains(kind),
            SubmissionFields.Kind,
            $"'{topic.Title}' invites submissions about: {string.Join(", ", topic.BenchmarkKinds.Select(k => k.ToString().ToLowerInvariant()))}; not {kind.ToString().ToLowerInvariant()}.");
        var validContent = SubmissionContentRules.Apply(null, content, violations);
        var validValues = TargetValueRows.Apply(topic.Targets, [], values, replaceAll: true, violations);
        violations.ThrowIfAny();

        var submission = new Submission
        {
            Id = Guid.CreateVersion7(now),
            DistrictId = districtId,
            CycleId = topic.CycleId,
            TopicId = topic.Id,
            Kind = kind,
            Status = SubmissionStatus.Draft,
            Content = validContent,
            Visibility = content.Visibility ?? Visibility.Inherit,
            Values = validValues,
            CreatedBy = createdBy,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        return (submission, submission.Record(SubmissionAction.Created, createdBy));
    }

    /// <summary>Saves changes to a draft or returned submission; <c>null</c> when nothing actually changed.</summary>
    public SubmissionVersion? UpdateDraft(DraftChanges changes, string changedBy, DateTimeOffset now)
    {
        RequireEditable();
        var violations = new Violations();
        var content = SubmissionContentRules.Apply(Content, changes, violations);
        violations.ThrowIfAny();

        var visibility = changes.Visibility ?? Visibility;
        if (SameContent(content, Content) && visibility == Visibility)
        {
            return null;
        }

        Content = content;
        Visibility = visibility;
        return Touch(SubmissionAction.DraftUpdated, changedBy, now);
    }

    /// <summary>
    /// Sets many values at once, all or nothing: any bad row fails the whole call with one
    /// violation per row. <c>null</c> when nothing actually changed.
    /// </summary>
    public SubmissionVersion? SetValues(KnownTopic topic, IReadOnlyList<TargetValueInput> rows, bool replaceAll, string changedBy, DateTimeOffset now)
    {
        RequireEditable();
        var violations = new Violations();
        var values = TargetValueRows.Apply(topic.Targets, Values, rows, replaceAll, violations);
        violations.ThrowIfAny();

        if (values.SequenceEqual(Values))
        {
            return null;
        }

        Values = values;
        return Touch(SubmissionAction.ValuesSet, changedBy, now);
    }

    public SubmissionSnapshot Snapshot() =>
        new(Status, Content, Visibility, Values, ReviewerComments, SubmissionCount, CreatedAt, UpdatedAt, SubmittedAt, ReviewedAt);

    private void RequireEditable()
    {
        if (Status is not (SubmissionStatus.Draft or SubmissionStatus.Returned))
        {
            throw new RuleViolationException(Subject, SubmissionRules.NotEditable, Status switch
            {
                SubmissionStatus.Submitted => "This submission is waiting for review and cannot be edited; staff can return it to you for changes.",
                SubmissionStatus.Accepted => "This submission was accepted and can no longer be edited; start a submission in the next cycle instead.",
                _ => "This submission was withdrawn and can no longer be edited; start a new one instead.",
            });
        }
    }

    private static void RequireTopicOpen(KnownTopic? topic, Guid topicId, string subject)
    {
        if (topic is null || !topic.IsPublished)
        {
            throw new RuleViolationException(subject, SubmissionRules.TopicNotOpen,
                $"Topic {topicId} is not published (or its publication has not reached this service yet); submissions open when staff publish it.");
        }

        if (topic.IsRetired)
        {
            throw new RuleViolationException(subject, SubmissionRules.TopicNotOpen,
                $"The topic '{topic.Title}' was retired and takes no more submissions.");
        }
    }

    private SubmissionVersion Touch(SubmissionAction action, string changedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        Version++;
        UpdatedAt = now;
        return Record(action, changedBy);
    }

    private SubmissionVersion Record(SubmissionAction action, string changedBy) =>
        new(Id, Version, action, changedBy, UpdatedAt, Snapshot());

    // Records compare lists by reference; content is equal when every field and every link is.
    private static bool SameContent(SubmissionContent left, SubmissionContent right) =>
        left.Title == right.Title
        && left.Narrative == right.Narrative
        && left.Successes == right.Successes
        && left.Challenges == right.Challenges
        && left.ImplementationStage == right.ImplementationStage
        && left.Contact == right.Contact
        && left.EvidenceLinks.SequenceEqual(right.EvidenceLinks, StringComparer.Ordinal);
}
