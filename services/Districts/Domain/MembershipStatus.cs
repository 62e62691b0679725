namespace Consortium.Districts.Domain;

/// <summary>
/// Where a district stands in the consortium. No zero member, so an unmapped API value can
/// never pass for a real status.
/// </summary>
public enum MembershipStatus
{
    /// <summary>A member in good standing: submits, compares and is compared.</summary>
    Active = 1,

    /// <summary>Still a member (e.g. dues unpaid) but submissions are paused until reinstated.</summary>
    Suspended = 2,

    /// <summary>Left the consortium; its history stays, it takes no part in new cycles.</summary>
    Withdrawn = 3,
}
