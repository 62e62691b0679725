namespace Consortium.Submissions.Domain;

/// <summary>
/// Our copy of what Districts announced about a district: its name, membership and sharing
/// preference. Events may arrive twice or out of order, so each part remembers the
/// <c>DistrictVersion</c> it came from and takes only newer news. Parts are versioned apart
/// because events carry different parts: a late <c>DistrictJoined</c> (version 1) must still
/// fill in the name when a <c>SharingPreferencesChanged</c> (version 3) arrived first.
/// </summary>
public sealed class KnownDistrict
{
    public KnownDistrict(Guid id) => Id = id;

    public Guid Id { get; private set; }

    public string? Name { get; private set; }

    public int NameVersion { get; private set; }

    public MembershipStatus? MembershipStatus { get; private set; }

    public int MembershipVersion { get; private set; }

    public SharingPreference? SharingPreference { get; private set; }

    public int SharingVersion { get; private set; }

    /// <summary>Bumped by every applied change; a concurrency token, so two consumers of one district cannot interleave.</summary>
    public int Revision { get; private set; }

    public bool IsActiveMember => MembershipStatus == Domain.MembershipStatus.Active;

    public void ApplyName(string name, int version)
    {
        if (version > NameVersion)
        {
            Name = name;
            NameVersion = version;
            Revision++;
        }
    }

    public void ApplyMembership(MembershipStatus status, int version)
    {
        if (version > MembershipVersion)
        {
            MembershipStatus = status;
            MembershipVersion = version;
            Revision++;
        }
    }

    public void ApplySharing(SharingPreference preference, int version)
    {
        if (version > SharingVersion)
        {
            SharingPreference = preference;
            SharingVersion = version;
            Revision++;
        }
    }
}
