namespace Consortium.Contracts.Events.Pipeline.V1;

/// <summary>
/// A district's succession coverage changed: how many critical roles it has and how many have
/// a ready-now successor. Counts only; <see cref="CoverageVersion"/> orders events per district.
/// </summary>
public sealed record SuccessionCoverageChanged : IntegrationEvent
{
    public required Guid DistrictId { get; init; }

    public required int CoverageVersion { get; init; }

    public required int CriticalRoleCount { get; init; }

    public required int CoveredRoleCount { get; init; }
}
