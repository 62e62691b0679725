namespace Consortium.Contracts.Events.Districts.V1;

/// <summary>A district was suspended, withdrew, or was reinstated.</summary>
public sealed record MembershipChanged : DistrictEvent
{
    public required MembershipStatusV1 FromStatus { get; init; }

    public required MembershipStatusV1 ToStatus { get; init; }

    public required DateOnly EffectiveOn { get; init; }
}
