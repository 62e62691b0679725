using Consortium.Contracts.Identity.V1;

namespace Consortium.Web.Services;

/// <summary>How the people pages name roles and states, and which roles need a member district.</summary>
public static class PeopleText
{
    /// <summary>The roles staff can give, in the order the form offers them.</summary>
    public static readonly Role[] Assignable = [Role.DistrictLead, Role.Leader, Role.ConsortiumStaff];

    public static string RoleName(Role role) => role switch
    {
        Role.ConsortiumStaff => "Consortium staff",
        Role.DistrictLead => "District benchmark lead",
        Role.Leader => "Leader",
        _ => "No role",
    };

    /// <summary>District roles act for one member district; staff act for the consortium.</summary>
    public static bool NeedsDistrict(Role role) => role is Role.DistrictLead or Role.Leader;

    public static string State(Person person) => (person.Enabled, person.HasPassword) switch
    {
        (false, _) => "Disabled",
        (true, false) => "Invited (no password yet)",
        (true, true) => "Active",
    };
}
