namespace Consortium.Contracts.Events.Districts.V1;

/// <summary>A district's identifying details changed (name, NCES id, state or locale). Carries them all.</summary>
public sealed record DistrictDetailsUpdated : DistrictEvent
{
    public required string Name { get; init; }

    public required string NcesLeaId { get; init; }

    public required string State { get; init; }

    public required int LocaleCode { get; init; }
}
