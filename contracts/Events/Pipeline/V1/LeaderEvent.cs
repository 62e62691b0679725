namespace Consortium.Contracts.Events.Pipeline.V1;

/// <summary>
/// Base of every event about one leader. It carries ids, district, stage, role and readiness
/// only — never a name or email: person-level data stays in the district, consumers such as
/// Insights aggregate. <see cref="LeaderVersion"/> grows with each change, so a consumer can
/// ignore an event older than what it already has.
/// </summary>
public abstract record LeaderEvent : IntegrationEvent
{
    public required Guid LeaderId { get; init; }

    /// <summary>The district whose pipeline the leader is in after the change.</summary>
    public required Guid DistrictId { get; init; }

    public required int LeaderVersion { get; init; }
}
