using Consortium.Insights.Domain.Confidentiality;

namespace Consortium.Insights.Domain.ReadModel;

/// <summary>
/// One district's value for one target as it counts in comparisons: numbers as sent, a rubric
/// answer as its rank, yes/no as 1/0; never text. Two contributions are the same version of the
/// district's value when every field is equal.
/// </summary>
public sealed record Contribution(
    Guid TargetId,
    string TargetCode,
    decimal Value,
    Guid SubmissionId,
    Visibility Visibility,
    DateTimeOffset AcceptedAt);

/// <summary>One aggregable answer of a submission (number, rubric rank, or yes/no as 1/0).</summary>
public sealed record AnsweredTarget(Guid TargetId, string TargetCode, decimal Value);

/// <summary>An accepted submission, as far as what counts is concerned.</summary>
public sealed record AcceptedSubmission(
    Guid SubmissionId,
    DateTimeOffset AcceptedAt,
    Visibility Visibility,
    IReadOnlyList<AnsweredTarget> Answers);

/// <summary>What one event did to a district's value for one target: added (no before), replaced, or removed (no after).</summary>
public sealed record ContributionChange(Guid TargetId, Contribution? Before, Contribution? After);
