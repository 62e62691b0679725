namespace Consortium.Submissions.Domain;

/// <summary>A district's membership, as Districts announced it. Only active members submit.</summary>
public enum MembershipStatus
{
    Active = 1,
    Suspended = 2,
    Withdrawn = 3,
}
