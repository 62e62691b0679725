using Consortium.Contracts.Events.Submissions.V1;
using Consortium.Contracts.Events.Topics.V1;
using Consortium.Insights.Domain.ReadModel;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>Where a submission stands, as Submissions' events tell it (numbers are stored; never renumber).</summary>
public enum SubmissionState
{
    Submitted = 1,
    Accepted = 2,
    Returned = 3,
    Withdrawn = 4,
}

/// <summary>
/// A submission as its newest applied event left it, kept by submission id (a district may have
/// several for one topic; "the district's submission" is its newest non-withdrawn one). Returned
/// and withdrawn events carry no content, so the content is the last one submitted or accepted.
/// </summary>
public sealed class SubmissionRow
{
    public Guid Id { get; set; }

    public Guid DistrictId { get; set; }

    public Guid CycleId { get; set; }

    public Guid TopicId { get; set; }

    public SubmissionState Status { get; set; }

    public int SubmissionVersion { get; set; }

    public BenchmarkKindV1 Kind { get; set; }

    /// <summary>Resolved when submitted (never "inherit").</summary>
    public VisibilityV1 Visibility { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Narrative { get; set; } = string.Empty;

    public ImplementationStageV1? ImplementationStage { get; set; }

    public List<string> EvidenceLinks { get; set; } = [];

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>
    /// The aggregable answers of the content last submitted or accepted (text answers left out).
    /// Kept so a district's contributions can be rebuilt from its accepted submissions whatever
    /// order their events came in.
    /// </summary>
    public List<AnsweredValue> Values { get; set; } = [];

    /// <summary>When the newest applied event happened in Submissions (for an accepted submission: when it was accepted).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public static SubmissionRow For(SubmissionEvent message) => new()
    {
        Id = message.SubmissionId,
        DistrictId = message.DistrictId,
        CycleId = message.CycleId,
        TopicId = message.TopicId,
    };

    /// <summary>Applies an event's status and placing when it is newer than what the row holds.</summary>
    public bool Apply(SubmissionEvent message, SubmissionState status)
    {
        if (!Versions.IsNewer(message.SubmissionVersion, SubmissionVersion))
        {
            return false;
        }

        Status = status;
        SubmissionVersion = message.SubmissionVersion;
        Kind = message.Kind;
        Visibility = message.Visibility;
        UpdatedAt = message.OccurredAt;
        if (message is SubmissionContentEvent content)
        {
            Title = content.Title;
            Narrative = content.Narrative;
            ImplementationStage = content.ImplementationStage;
            EvidenceLinks = [.. content.EvidenceLinks];
            ContactName = content.ContactName;
            ContactEmail = content.ContactEmail;
            Values = [.. content.Values
                .Select(answer => (answer, value: ContributionRow.ValueOf(answer)))
                .Where(pair => pair.value is not null)
                .Select(pair => new AnsweredValue { TargetId = pair.answer.TargetId, TargetCode = pair.answer.TargetCode, Value = pair.value!.Value })];
        }

        return true;
    }

    /// <summary>The submission as the projection rule sees it once accepted (<see cref="ContributionRules"/>).</summary>
    public AcceptedSubmission ToAccepted() => new(
        Id,
        UpdatedAt,
        ReadModelEnums.Visibility.ToDomain(Visibility),
        [.. Values.Select(answer => new AnsweredTarget(answer.TargetId, answer.TargetCode, answer.Value))]);
}

/// <summary>One aggregable answer of a submission (number, rubric rank, or yes/no as 1/0).</summary>
public sealed class AnsweredValue
{
    public Guid TargetId { get; set; }

    public string TargetCode { get; set; } = string.Empty;

    public decimal Value { get; set; }
}
