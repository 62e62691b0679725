namespace Consortium.Districts.Domain;

/// <summary>
/// One entry in a district's membership history: who moved it from which status to which,
/// effective when, and why. Kept forever, because joined/left dates are overwritten on
/// rejoin and staff need to explain past cycles ("why was Eastside missing in 2024-25?").
/// </summary>
public sealed class MembershipChange
{
    internal MembershipChange(
        MembershipStatus? from,
        MembershipStatus to,
        DateOnly effectiveOn,
        string? reason,
        string changedBy,
        DateTimeOffset changedAt)
    {
        Id = Guid.CreateVersion7(changedAt);
        From = from;
        To = to;
        EffectiveOn = effectiveOn;
        Reason = reason;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    // For EF Core materialization only.
    private MembershipChange()
    {
        ChangedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The status before the change; <c>null</c> for the entry that records joining.</summary>
    public MembershipStatus? From { get; private set; }

    public MembershipStatus To { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The authenticated subject (JWT <c>sub</c>) who made the change.</summary>
    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }
}
