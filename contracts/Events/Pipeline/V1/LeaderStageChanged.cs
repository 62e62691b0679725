namespace Consortium.Contracts.Events.Pipeline.V1;

/// <summary>A leader moved to another pipeline stage (forward, or back with a recorded reason).</summary>
public sealed record LeaderStageChanged : LeaderEvent
{
    public required PipelineStageV1 FromStage { get; init; }

    public required PipelineStageV1 ToStage { get; init; }

    public required DateOnly EffectiveOn { get; init; }
}
