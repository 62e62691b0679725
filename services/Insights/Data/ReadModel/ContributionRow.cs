using Consortium.Contracts.Events.Submissions.V1;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// One district's accepted value for one target: what counts in comparisons. Numbers as sent,
/// rubric answers as their rank, yes/no as 1/0; text answers are never stored here (nothing to
/// aggregate). Replaced by the district's next accepted value, removed when its submission is
/// returned or withdrawn.
/// </summary>
public sealed class ContributionRow
{
    public Guid TargetId { get; set; }

    public Guid DistrictId { get; set; }

    public Guid CycleId { get; set; }

    public Guid TopicId { get; set; }

    public Guid SubmissionId { get; set; }

    public string TargetCode { get; set; } = string.Empty;

    public decimal Value { get; set; }

    /// <summary>The submission's resolved visibility.</summary>
    public VisibilityV1 Visibility { get; set; }

    /// <summary>When the submission was accepted (its event's time); the newer acceptance wins.</summary>
    public DateTimeOffset AcceptedAt { get; set; }

    /// <summary>The aggregable value of an answer, or null for a text answer (or an empty one).</summary>
    public static decimal? ValueOf(TargetValueV1 answer) =>
        answer.Number
        ?? (decimal?)answer.RubricRank
        ?? (answer.YesNo is { } yes ? (yes ? 1m : 0m) : null);
}
