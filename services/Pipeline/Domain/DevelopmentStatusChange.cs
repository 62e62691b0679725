namespace Consortium.Pipeline.Domain;

/// <summary>One entry in an activity's status history: from which status to which, when, by whom and why.</summary>
public sealed class DevelopmentStatusChange
{
    internal DevelopmentStatusChange(
        DevelopmentActivityStatus? from, DevelopmentActivityStatus to, DateOnly effectiveOn, string? reason, string changedBy, DateTimeOffset changedAt)
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
    private DevelopmentStatusChange()
    {
        ChangedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary><c>null</c> for the entry that records the activity being added.</summary>
    public DevelopmentActivityStatus? From { get; private set; }

    public DevelopmentActivityStatus To { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The authenticated subject (JWT <c>sub</c>) who made the change.</summary>
    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }
}
