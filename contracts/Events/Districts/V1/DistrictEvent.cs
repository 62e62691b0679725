namespace Consortium.Contracts.Events.Districts.V1;

/// <summary>
/// Base of every event about one district. <see cref="DistrictVersion"/> grows with each change,
/// so a consumer that keeps a copy can ignore an event older than what it already has
/// (events may arrive twice or out of order).
/// </summary>
public abstract record DistrictEvent : IntegrationEvent
{
    public required Guid DistrictId { get; init; }

    public required int DistrictVersion { get; init; }
}
