namespace Consortium.Contracts.Events.Pipeline.V1;

/// <summary>A leader left the district's pipeline (and the consortium's).</summary>
public sealed record LeaderLeft : LeaderEvent
{
    public required DepartureKindV1 Kind { get; init; }

    public required DateOnly LeftOn { get; init; }

    /// <summary>Stage when they left, so bench counts can be corrected without a lookup.</summary>
    public required PipelineStageV1 Stage { get; init; }
}
