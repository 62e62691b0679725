using Consortium.Contracts.Events.Districts.V1;

namespace Consortium.Insights.Data.ReadModel;

/// <summary>
/// A member district as Districts announced it. Each part (details, membership, sharing) keeps the
/// version of the event that last set it, because events carry only some parts and may arrive in
/// any order; <see cref="DistrictVersion"/> is the newest version applied to any part.
/// A row created by another event before <c>DistrictJoined</c> is a placeholder
/// (<see cref="Joined"/> false) and counts nowhere until the district has joined.
/// </summary>
public sealed class DistrictRow
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string NcesLeaId { get; set; } = string.Empty;

    public string State { get; set; } = string.Empty;

    /// <summary>NCES urban-centric locale code (11–43); 0 until known.</summary>
    public int LocaleCode { get; set; }

    /// <summary>0 until known.</summary>
    public MembershipStatusV1 MembershipStatus { get; set; }

    /// <summary>0 until known.</summary>
    public SharingPreferenceV1 SharingPreference { get; set; }

    public int DistrictVersion { get; set; }

    public bool Joined { get; set; }

    public DateOnly? JoinedOn { get; set; }

    public int DetailsVersion { get; set; }

    public int MembershipVersion { get; set; }

    public int SharingVersion { get; set; }

    /// <summary>Whether the district's values count in comparisons (joined, not withdrawn).</summary>
    public bool Counts => Joined && MembershipStatus != MembershipStatusV1.Withdrawn;

    public static DistrictRow Placeholder(Guid id) => new() { Id = id };

    /// <summary>Joining is a fact, not a state: it holds whatever order the other events came in.</summary>
    public bool MarkJoined(DateOnly joinedOn)
    {
        if (Joined)
        {
            return false;
        }

        Joined = true;
        JoinedOn = joinedOn;
        return true;
    }

    public bool ApplyDetails(string name, string ncesLeaId, string state, int localeCode, int version)
    {
        if (!Versions.IsNewer(version, DetailsVersion))
        {
            return false;
        }

        Name = name;
        NcesLeaId = ncesLeaId;
        State = state;
        LocaleCode = localeCode;
        DetailsVersion = version;
        Seen(version);
        return true;
    }

    public bool ApplyMembership(MembershipStatusV1 status, int version)
    {
        if (!Versions.IsNewer(version, MembershipVersion))
        {
            return false;
        }

        MembershipStatus = status;
        MembershipVersion = version;
        Seen(version);
        return true;
    }

    public bool ApplySharing(SharingPreferenceV1 preference, int version)
    {
        if (!Versions.IsNewer(version, SharingVersion))
        {
            return false;
        }

        SharingPreference = preference;
        SharingVersion = version;
        Seen(version);
        return true;
    }

    private void Seen(int version) => DistrictVersion = Math.Max(DistrictVersion, version);
}
