using Consortium.Contracts.Events.Districts.V1;

namespace Consortium.ServiceDefaults.Tests.Messaging;

internal static class SampleEvents
{
    public static DistrictJoined DistrictJoined() => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        DistrictId = Guid.CreateVersion7(),
        DistrictVersion = 1,
        Name = "Messaging Test District",
        NcesLeaId = "5300001",
        State = "WA",
        LocaleCode = 21,
        MembershipStatus = MembershipStatusV1.Active,
        JoinedOn = new DateOnly(2025, 7, 1),
        SharingPreference = SharingPreferenceV1.Named,
    };
}
