namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// The cache generations one applied event must move, committed with the event's change. Normally
/// moved a moment later; when the acknowledgement is lost instead (the process died, or an
/// exception reached the consumer after the commit), the redelivered event finds its inbox record
/// and moves these again (ADR 32). Kept only as long as a cached answer can live.
/// </summary>
public sealed class CacheMoveRow
{
    public Guid EventId { get; set; }

    /// <summary>The consumer that applied the event (as in the inbox).</summary>
    public string Consumer { get; set; } = string.Empty;

    /// <summary>The scopes to move (<see cref="CacheGenerations"/>' names).</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>The targets whose values changed; moved again as whole targets.</summary>
    public Guid[] TargetIds { get; set; } = [];

    public DateTimeOffset RecordedAt { get; set; }
}
