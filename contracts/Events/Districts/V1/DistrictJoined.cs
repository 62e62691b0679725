namespace Consortium.Contracts.Events.Districts.V1;

/// <summary>A district became a member of the consortium (it was added by staff).</summary>
public sealed record DistrictJoined : DistrictEvent
{
    public required string Name { get; init; }

    /// <summary>NCES LEA id, 7 digits.</summary>
    public required string NcesLeaId { get; init; }

    /// <summary>USPS state code.</summary>
    public required string State { get; init; }

    /// <summary>NCES urban-centric locale code (11–43).</summary>
    public required int LocaleCode { get; init; }

    public required MembershipStatusV1 MembershipStatus { get; init; }

    public required DateOnly JoinedOn { get; init; }

    public required SharingPreferenceV1 SharingPreference { get; init; }
}
