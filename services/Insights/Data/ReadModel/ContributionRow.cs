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

    /// <summary>
    /// What a district's contributions to one topic should be: for each target, the value from its
    /// most recently accepted submission that answered it (a district may hold several accepted
    /// submissions for a topic, one per kind), text targets left out. Depends only on the
    /// submissions, never on the order their events came in.
    /// </summary>
    public static IReadOnlyDictionary<Guid, ContributionRow> FromAccepted(IEnumerable<SubmissionRow> accepted, IReadOnlySet<Guid> textTargetIds)
    {
        var contributions = new Dictionary<Guid, ContributionRow>();
        foreach (var submission in accepted.Where(s => s.Status == SubmissionState.Accepted).OrderBy(s => s.UpdatedAt).ThenBy(s => s.Id))
        {
            foreach (var answer in submission.Values.Where(a => !textTargetIds.Contains(a.TargetId)))
            {
                contributions[answer.TargetId] = new ContributionRow
                {
                    TargetId = answer.TargetId,
                    DistrictId = submission.DistrictId,
                    CycleId = submission.CycleId,
                    TopicId = submission.TopicId,
                    SubmissionId = submission.Id,
                    TargetCode = answer.TargetCode,
                    Value = answer.Value,
                    Visibility = submission.Visibility,
                    AcceptedAt = submission.UpdatedAt,
                };
            }
        }

        return contributions;
    }

    /// <summary>Takes <paramref name="desired"/>'s content; returns whether anything changed.</summary>
    public bool UpdateFrom(ContributionRow desired)
    {
        if (Value == desired.Value && Visibility == desired.Visibility && SubmissionId == desired.SubmissionId
            && AcceptedAt == desired.AcceptedAt && TargetCode == desired.TargetCode)
        {
            return false;
        }

        CycleId = desired.CycleId;
        SubmissionId = desired.SubmissionId;
        TargetCode = desired.TargetCode;
        Value = desired.Value;
        Visibility = desired.Visibility;
        AcceptedAt = desired.AcceptedAt;
        return true;
    }

    /// <summary>The aggregable value of an answer, or null for a text answer (or an empty one).</summary>
    public static decimal? ValueOf(TargetValueV1 answer) =>
        answer.Number
        ?? (decimal?)answer.RubricRank
        ?? (answer.YesNo is { } yes ? (yes ? 1m : 0m) : null);
}
