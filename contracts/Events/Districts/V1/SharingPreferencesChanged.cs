namespace Consortium.Contracts.Events.Districts.V1;

/// <summary>A district changed what other members may see of its submissions.</summary>
public sealed record SharingPreferencesChanged : DistrictEvent
{
    public required SharingPreferenceV1 SharingPreference { get; init; }
}
