namespace Consortium.Contracts.Events;

/// <summary>
/// A fact one service tells the others, published through the transactional outbox.
/// Events are immutable and versioned by namespace (<c>…V1</c>): a breaking change is a new type,
/// never an edit of a published one.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique per event; consumers use it to apply each event once (the inbox key).</summary>
    public required Guid EventId { get; init; }

    /// <summary>When the change happened in the publishing service (UTC).</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}
