using Consortium.Contracts.Events.Topics.V1;

namespace Consortium.Contracts.Events.Submissions.V1;

/// <summary>
/// Base of every event about one submission, carrying what the insights side needs to place it
/// (district, cycle, topic, kind, visibility). <see cref="SubmissionVersion"/> orders the events.
/// </summary>
public abstract record SubmissionEvent : IntegrationEvent
{
    public required Guid SubmissionId { get; init; }

    public required int SubmissionVersion { get; init; }

    public required Guid DistrictId { get; init; }

    public required Guid CycleId { get; init; }

    public required Guid TopicId { get; init; }

    public required BenchmarkKindV1 Kind { get; init; }

    public required VisibilityV1 Visibility { get; init; }
}

/// <summary>A submission's content at a point in its review: what was submitted or accepted.</summary>
public abstract record SubmissionContentEvent : SubmissionEvent
{
    public required string Title { get; init; }

    /// <summary>What the district does and for whom.</summary>
    public required string Narrative { get; init; }

    public ImplementationStageV1? ImplementationStage { get; init; }

    public required IReadOnlyList<TargetValueV1> Values { get; init; }

    public IReadOnlyList<string> EvidenceLinks { get; init; } = [];

    /// <summary>Whom to ask about it, when the district named someone.</summary>
    public string? ContactName { get; init; }

    public string? ContactEmail { get; init; }
}

/// <summary>A district submitted (or resubmitted) for review.</summary>
public sealed record SubmissionSubmitted : SubmissionContentEvent;

/// <summary>Staff accepted a submission: its values now count in comparisons.</summary>
public sealed record SubmissionAccepted : SubmissionContentEvent;

/// <summary>Staff returned a submission with comments; it no longer counts until accepted.</summary>
public sealed record SubmissionReturned : SubmissionEvent
{
    public required string ReviewerComments { get; init; }
}

/// <summary>The district withdrew its submission before acceptance.</summary>
public sealed record SubmissionWithdrawn : SubmissionEvent;

/// <summary>
/// One answered target. Exactly one of the value fields is set, matching the target's measure
/// type: <see cref="Number"/> for percentage, count, amount, ratio and scale; <see cref="RubricRank"/>
/// for rubric; <see cref="YesNo"/>; <see cref="Text"/>.
/// </summary>
public sealed record TargetValueV1
{
    public required Guid TargetId { get; init; }

    public required string TargetCode { get; init; }

    public decimal? Number { get; init; }

    public int? RubricRank { get; init; }

    public bool? YesNo { get; init; }

    public string? Text { get; init; }
}
