namespace Consortium.Contracts.Events.Districts.V1;

/// <summary>Membership status as carried by events (values are stable: never renumber).</summary>
public enum MembershipStatusV1
{
    Active = 1,
    Suspended = 2,
    Withdrawn = 3,
}

/// <summary>Sharing preference as carried by events (values are stable: never renumber).</summary>
public enum SharingPreferenceV1
{
    Named = 1,
    Anonymous = 2,
    Private = 3,
}
