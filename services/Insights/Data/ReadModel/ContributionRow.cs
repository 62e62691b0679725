using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Insights.Domain.ReadModel;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// One district's accepted value for one target: what counts in comparisons. Numbers as sent,
/// rubric answers as their rank, yes/no as 1/0; text answers are never stored here (nothing to
/// aggregate). Kept by the projection (<see cref="ContributionRules"/>): replaced by the district's
/// next accepted value, removed when its submission is returned or withdrawn. The rows of a target
/// in (target_id, value) index order are the target's distribution.
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

    /// <summary>The row as the projection rule sees it (<see cref="ContributionRules"/>).</summary>
    public Contribution ToContribution() =>
        new(TargetId, TargetCode, Value, SubmissionId, ReadModelEnums.Visibility.ToDomain(Visibility), AcceptedAt);

    /// <summary>A new row holding <paramref name="contribution"/> of a district to a topic.</summary>
    public static ContributionRow For(Guid districtId, Guid cycleId, Guid topicId, Contribution contribution)
    {
        var row = new ContributionRow { TargetId = contribution.TargetId, DistrictId = districtId, TopicId = topicId };
        row.Take(cycleId, contribution);
        return row;
    }

    /// <summary>Takes <paramref name="contribution"/>'s content (the key stays).</summary>
    public void Take(Guid cycleId, Contribution contribution)
    {
        CycleId = cycleId;
        SubmissionId = contribution.SubmissionId;
        TargetCode = contribution.TargetCode;
        Value = contribution.Value;
        Visibility = ReadModelEnums.Visibility.ToContract(contribution.Visibility);
        AcceptedAt = contribution.AcceptedAt;
    }

    /// <summary>The aggregable value of an answer, or null for a text answer (or an empty one).</summary>
    public static decimal? ValueOf(TargetValueV1 answer) =>
        answer.Number
        ?? (decimal?)answer.RubricRank
        ?? (answer.YesNo is { } yes ? (yes ? 1m : 0m) : null);
}
