namespace Consortium.Contracts.Events.Pipeline.V1;

/// <summary>
/// A leader moved between member districts with both districts' consent; <see cref="LeaderEvent.DistrictId"/>
/// is the destination. Their history moved with them.
/// </summary>
public sealed record LeaderMoved : LeaderEvent
{
    public required Guid FromDistrictId { get; init; }

    public required string RoleCode { get; init; }

    public required PipelineStageV1 Stage { get; init; }
}
