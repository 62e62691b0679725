namespace Consortium.Insights.Data.ReadModel;

/// <summary>One read that revealed another district's data (who, what, when); staff can query them. Written by the API.</summary>
public sealed class ReadAuditRow
{
    /// <summary>UUID v7, so ids sort by time.</summary>
    public Guid Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string CallerRole { get; set; } = string.Empty;

    public Guid? CallerDistrictId { get; set; }

    /// <summary>The RPC name.</summary>
    public string Operation { get; set; } = string.Empty;

    public Guid? CycleId { get; set; }

    public Guid? TopicId { get; set; }

    public Guid? TargetId { get; set; }

    /// <summary>Districts whose named or anonymous rows or contact details were shown; empty for aggregates only.</summary>
    public Guid[] RevealedDistrictIds { get; set; } = [];

    /// <summary>Size of the aggregate shown, if one was.</summary>
    public int? AggregateDistrictCount { get; set; }

    public string? TraceId { get; set; }
}
