namespace Consortium.Pipeline.Domain;

/// <summary>
/// Our copy of a district's membership, learned from Districts' events (a service never reads
/// another's database): leaders are enrolled in, and moved to, active members only. Events may
/// arrive twice or out of order, so the copy takes only news newer than the version it holds.
/// </summary>
public sealed class MemberDistrict
{
    public const string NotMemberRule = "DISTRICT_NOT_MEMBER";

    public MemberDistrict(Guid id) => Id = id;

    public Guid Id { get; private set; }

    public bool IsActiveMember { get; private set; }

    public int MembershipVersion { get; private set; }

    /// <summary>Bumped by every applied change; a concurrency token, so two consumers of one district cannot interleave.</summary>
    public int Revision { get; private set; }

    public void ApplyMembership(bool isActive, int version)
    {
        if (version > MembershipVersion)
        {
            IsActiveMember = isActive;
            MembershipVersion = version;
            Revision++;
        }
    }
}
