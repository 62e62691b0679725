namespace Consortium.Contracts.Events.Pipeline.V1;

/// <summary>A leader joined a district's pipeline.</summary>
public sealed record LeaderEnrolled : LeaderEvent
{
    /// <summary>Code of the role held, e.g. <c>principal</c>.</summary>
    public required string RoleCode { get; init; }

    public required PipelineStageV1 Stage { get; init; }
}
