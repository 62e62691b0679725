using Consortium.Contracts.Events.Districts.V1;
using Consortium.Districts.Domain;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Districts.Messaging;

/// <summary>
/// The integration events Districts publishes, built from the domain after a change. Each
/// carries the state a consumer needs (never just "something changed"), and the version that
/// lets it ignore stale or repeated events.
/// </summary>
internal static class DistrictEvents
{
    public static DistrictJoined Joined(District district, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        DistrictId = district.Id,
        DistrictVersion = district.Version,
        Name = district.Name,
        NcesLeaId = district.NcesLeaId.Value,
        State = district.State.Code,
        LocaleCode = district.LocaleCode.Code,
        MembershipStatus = ToEvent(district.MembershipStatus),
        JoinedOn = district.JoinedOn,
        SharingPreference = ToEvent(district.SharingPreference),
    };

    public static DistrictDetailsUpdated DetailsUpdated(District district, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        DistrictId = district.Id,
        DistrictVersion = district.Version,
        Name = district.Name,
        NcesLeaId = district.NcesLeaId.Value,
        State = district.State.Code,
        LocaleCode = district.LocaleCode.Code,
    };

    public static MembershipChanged MembershipChanged(District district, StatusChange<MembershipStatus> change, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        DistrictId = district.Id,
        DistrictVersion = district.Version,
        FromStatus = ToEvent(change.From ?? change.To),
        ToStatus = ToEvent(change.To),
        EffectiveOn = change.EffectiveOn,
    };

    public static SharingPreferencesChanged SharingChanged(District district, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        DistrictId = district.Id,
        DistrictVersion = district.Version,
        SharingPreference = ToEvent(district.SharingPreference),
    };

    public static DistrictProfileUpdated ProfileUpdated(ContextProfile profile, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        DistrictId = profile.DistrictId,
        SchoolYear = profile.SchoolYear.ToString(),
        ProfileVersion = profile.Version,
        Enrollment = profile.Enrollment,
        SchoolCount = profile.SchoolCount,
        PctEconomicallyDisadvantaged = profile.PctEconomicallyDisadvantaged.Value,
        PctEnglishLearners = profile.PctEnglishLearners.Value,
        PctStudentsWithDisabilities = profile.PctStudentsWithDisabilities.Value,
        TeacherFte = profile.TeacherFte,
        CultureConstructs = [.. profile.CultureConstructs.Select(construct => new CultureConstructV1
        {
            Code = construct.Code,
            Label = construct.Label,
            Score = construct.Score,
            Respondents = construct.Respondents,
            ResponseRatePercent = construct.ResponseRate,
        })],
    };

    private static MembershipStatusV1 ToEvent(MembershipStatus status) => EventEnums.MembershipStatus.ToContract(status);

    private static SharingPreferenceV1 ToEvent(SharingPreference preference) => EventEnums.SharingPreference.ToContract(preference);
}
