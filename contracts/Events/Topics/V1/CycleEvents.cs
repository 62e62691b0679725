namespace Consortium.Contracts.Events.Topics.V1;

/// <summary>
/// Base of every event about one benchmark cycle. <see cref="CycleVersion"/> grows with each
/// change, so a consumer keeping a copy can ignore stale or repeated events.
/// </summary>
public abstract record CycleEvent : IntegrationEvent
{
    public required Guid CycleId { get; init; }

    public required int CycleVersion { get; init; }
}

/// <summary>A cycle's submission window opened (on command or at its scheduled time).</summary>
public sealed record CycleOpened : CycleEvent
{
    /// <summary>School year, e.g. <c>2026-27</c>.</summary>
    public required string SchoolYear { get; init; }

    public required HalfV1 Half { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset SubmissionOpensAt { get; init; }

    /// <summary>When the window closes; submissions after it are refused.</summary>
    public required DateTimeOffset SubmissionClosesAt { get; init; }
}

/// <summary>A cycle's submission window closed; no more submissions are accepted.</summary>
public sealed record CycleClosed : CycleEvent
{
    public required DateTimeOffset ClosedAt { get; init; }
}

/// <summary>Staff published the cycle's results: comparisons over its accepted submissions may be shown.</summary>
public sealed record ResultsPublished : CycleEvent
{
    public required DateTimeOffset PublishedAt { get; init; }
}
