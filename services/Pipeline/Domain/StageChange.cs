namespace Consortium.Pipeline.Domain;

/// <summary>One entry in a leader's stage history: from which stage to which, when, by whom and why.</summary>
public sealed class StageChange
{
    internal StageChange(PipelineStage? from, PipelineStage to, DateOnly effectiveOn, string? reason, string changedBy, DateTimeOffset changedAt)
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
    private StageChange()
    {
        ChangedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary><c>null</c> for the entry that records enrollment.</summary>
    public PipelineStage? From { get; private set; }

    public PipelineStage To { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The authenticated subject (JWT <c>sub</c>) who made the change.</summary>
    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public bool IsBackward => From is { } from && To < from;
}
