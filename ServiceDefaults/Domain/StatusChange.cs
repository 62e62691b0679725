namespace Consortium.ServiceDefaults.Domain;

/// <summary>
/// One entry in a status history — a district's membership, a leader's stage, an activity's
/// status: from which status to which, effective when, by whom and why. Histories are kept
/// forever because the current status is overwritten and staff need to explain the past
/// ("why was Eastside missing in 2024-25?", "why was this leader moved back?").
/// </summary>
/// <typeparam name="TStatus">The status enum of the history.</typeparam>
public sealed class StatusChange<TStatus>
    where TStatus : struct, Enum
{
    public StatusChange(TStatus? from, TStatus to, DateOnly effectiveOn, string? reason, string changedBy, DateTimeOffset changedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        Id = Guid.CreateVersion7(changedAt);
        From = from;
        To = to;
        EffectiveOn = effectiveOn;
        Reason = reason;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    // For EF Core materialization only.
    private StatusChange()
    {
        ChangedBy = string.Empty;
    }

    /// <summary>Time-ordered (UUIDv7), so a history sorts by id as it does by time.</summary>
    public Guid Id { get; private set; }

    /// <summary>The status before the change; <c>null</c> for the entry that records the beginning (joining, enrolment, adding).</summary>
    public TStatus? From { get; private set; }

    public TStatus To { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The authenticated subject (JWT <c>sub</c>) who made the change.</summary>
    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }
}
