namespace Consortium.Submissions.Domain;

/// <summary>
/// Everything about a submission that changes, as it was at one version. Kept whole in each
/// <see cref="SubmissionVersion"/>, so any version reads back exactly as it was then.
/// </summary>
public sealed record SubmissionSnapshot(
    SubmissionStatus Status,
    SubmissionContent Content,
    Visibility Visibility,
    IReadOnlyList<TargetValue> Values,
    string? ReviewerComments,
    int SubmissionCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReviewedAt);
