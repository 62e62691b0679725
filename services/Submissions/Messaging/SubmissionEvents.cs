using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Submissions.Domain;

namespace Consortium.Submissions.Messaging;

/// <summary>
/// The integration events Submissions publishes, built from the domain after a change. Each
/// carries the visibility resolved against the district's sharing preference at that moment
/// (never "inherit"), so consumers need not know districts' preferences.
/// </summary>
internal static class SubmissionEvents
{
    public static SubmissionSubmitted Submitted(Submission submission, Visibility resolved, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        SubmissionId = submission.Id,
        SubmissionVersion = submission.Version,
        DistrictId = submission.DistrictId,
        CycleId = submission.CycleId,
        TopicId = submission.TopicId,
        Kind = EventMapping.ToEvent(submission.Kind),
        Visibility = EventMapping.ToEvent(resolved),
        Title = submission.Content.Title,
        Narrative = submission.Content.Narrative ?? string.Empty,
        ImplementationStage = EventMapping.ToEvent(submission.Content.ImplementationStage),
        Values = Values(submission),
        EvidenceLinks = submission.Content.EvidenceLinks,
        ContactName = submission.Content.Contact?.Name,
        ContactEmail = submission.Content.Contact?.Email,
    };

    public static SubmissionAccepted Accepted(Submission submission, Visibility resolved, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        SubmissionId = submission.Id,
        SubmissionVersion = submission.Version,
        DistrictId = submission.DistrictId,
        CycleId = submission.CycleId,
        TopicId = submission.TopicId,
        Kind = EventMapping.ToEvent(submission.Kind),
        Visibility = EventMapping.ToEvent(resolved),
        Title = submission.Content.Title,
        Narrative = submission.Content.Narrative ?? string.Empty,
        ImplementationStage = EventMapping.ToEvent(submission.Content.ImplementationStage),
        Values = Values(submission),
        EvidenceLinks = submission.Content.EvidenceLinks,
        ContactName = submission.Content.Contact?.Name,
        ContactEmail = submission.Content.Contact?.Email,
    };

    public static SubmissionReturned Returned(Submission submission, Visibility resolved, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        SubmissionId = submission.Id,
        SubmissionVersion = submission.Version,
        DistrictId = submission.DistrictId,
        CycleId = submission.CycleId,
        TopicId = submission.TopicId,
        Kind = EventMapping.ToEvent(submission.Kind),
        Visibility = EventMapping.ToEvent(resolved),
        ReviewerComments = submission.ReviewerComments ?? string.Empty,
    };

    public static SubmissionWithdrawn Withdrawn(Submission submission, Visibility resolved, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        SubmissionId = submission.Id,
        SubmissionVersion = submission.Version,
        DistrictId = submission.DistrictId,
        CycleId = submission.CycleId,
        TopicId = submission.TopicId,
        Kind = EventMapping.ToEvent(submission.Kind),
        Visibility = EventMapping.ToEvent(resolved),
    };

    private static IReadOnlyList<TargetValueV1> Values(Submission submission) =>
        [.. submission.Values.Select(value => new TargetValueV1
        {
            TargetId = value.TargetId,
            TargetCode = value.TargetCode,
            Number = value.Number,
            RubricRank = value.RubricRank,
            YesNo = value.YesNo,
            Text = value.Text,
        })];
}
