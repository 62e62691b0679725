using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Vocabulary;
using Proto = Consortium.Contracts.Districts.V1;

namespace Consortium.Districts.Api;

/// <summary>The API's enums ↔ the domain's: each pair mapped once, by member name (ADR 22).</summary>
internal static class ContractEnums
{
    public static readonly EnumMap<Proto.MembershipStatus, MembershipStatus> MembershipStatus = new();

    public static readonly EnumMap<Proto.SharingPreference, SharingPreference> SharingPreference = new();

    public static readonly EnumMap<Proto.ProfileReviewStatus, ProfileReviewStatus> ProfileReviewStatus = new();
}
