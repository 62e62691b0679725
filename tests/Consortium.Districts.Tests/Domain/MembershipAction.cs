namespace Consortium.Districts.Tests.Domain;

/// <summary>The four lifecycle commands, so transition tables can be written as theory data.</summary>
public enum MembershipAction
{
    Suspend,
    Reinstate,
    Withdraw,
    Rejoin,
}
