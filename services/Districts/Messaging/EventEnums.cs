using Consortium.Contracts.Events.Districts.V1;
using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Vocabulary;

namespace Consortium.Districts.Messaging;

/// <summary>The events' enums ↔ the domain's, mapped once by member name (ADR 22).</summary>
internal static class EventEnums
{
    public static readonly EnumMap<MembershipStatusV1, MembershipStatus> MembershipStatus = new();

    public static readonly EnumMap<SharingPreferenceV1, SharingPreference> SharingPreference = new();
}
