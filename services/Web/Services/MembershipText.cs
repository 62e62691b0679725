using Consortium.Contracts.Districts.V1;

namespace Consortium.Web.Services;

/// <summary>A change of membership staff can make, and the status it leads to.</summary>
public enum MembershipAction
{
    Suspend,
    Reinstate,
    Withdraw,
    Rejoin,
}

/// <summary>
/// The membership lifecycle as the Districts service runs it (Active ⇄ Suspended, Active or
/// Suspended → Withdrawn → Active), in plain words: which changes a status allows, and what each
/// does to the district, so staff know before they confirm. The service still decides.
/// </summary>
public static class MembershipText
{
    public static string Status(MembershipStatus status) => status switch
    {
        MembershipStatus.Active => "Active member",
        MembershipStatus.Suspended => "Suspended",
        MembershipStatus.Withdrawn => "Withdrawn",
        _ => "Unknown",
    };

    /// <summary>The changes the district's current status allows.</summary>
    public static IReadOnlyList<MembershipAction> Actions(MembershipStatus status) => status switch
    {
        MembershipStatus.Active => [MembershipAction.Suspend, MembershipAction.Withdraw],
        MembershipStatus.Suspended => [MembershipAction.Reinstate, MembershipAction.Withdraw],
        MembershipStatus.Withdrawn => [MembershipAction.Rejoin],
        _ => [],
    };

    public static MembershipStatus NewStatus(MembershipAction action) => action switch
    {
        MembershipAction.Suspend => MembershipStatus.Suspended,
        MembershipAction.Withdraw => MembershipStatus.Withdrawn,
        _ => MembershipStatus.Active,
    };

    public static string Verb(MembershipAction action) => action switch
    {
        MembershipAction.Suspend => "Suspend",
        MembershipAction.Reinstate => "Reinstate",
        MembershipAction.Withdraw => "Withdraw",
        _ => "Rejoin",
    };

    /// <summary>Suspending and withdrawing need a reason (the service refuses them without one).</summary>
    public static bool NeedsReason(MembershipAction action) => action is MembershipAction.Suspend or MembershipAction.Withdraw;

    /// <summary>What the change does, said before staff confirm it.</summary>
    public static string Consequence(MembershipAction action, string districtName) => action switch
    {
        MembershipAction.Suspend =>
            $"{districtName} stays a member, but cannot submit until it is reinstated; its drafts are kept and its people can still sign in.",
        MembershipAction.Reinstate =>
            $"{districtName} becomes an active member again and can submit.",
        MembershipAction.Withdraw =>
            $"{districtName} leaves the consortium. At once, every person and automation client of the district loses access " +
            "(their accounts are disabled, and stay disabled if it rejoins until you enable them on People and invitations); " +
            "it can no longer start or submit submissions, and it stops counting among the members in comparisons. " +
            "Its history and past submissions are kept, and it can rejoin later.",
        _ =>
            $"{districtName} becomes a member again from the effective date. Its people's accounts stay disabled until you enable them on People and invitations.",
    };
}
