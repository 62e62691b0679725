using System.Security.Claims;
using Consortium.Contracts.Security;

namespace Consortium.Web.Services;

/// <summary>One entry of the menu.</summary>
public sealed record NavItem(string Title, string Href, string Group);

/// <summary>
/// What the menu offers a person, by role. Only a convenience: the pages' own role checks and the
/// services decide what anyone may do.
/// </summary>
public static class Navigation
{
    public static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(Roles.ConsortiumStaff) || user.IsInRole(Roles.Admin);

    public static bool IsDistrictLead(ClaimsPrincipal user) => user.IsInRole(Roles.DistrictLead);

    public static bool HasDistrict(ClaimsPrincipal user) => !string.IsNullOrEmpty(user.FindFirstValue(ClaimNames.DistrictId));

    public static IReadOnlyList<NavItem> For(ClaimsPrincipal user)
    {
        var items = new List<NavItem>
        {
            new("Home", "/", "Everyone"),
            new("Member directory", "/directory", "Everyone"),
            new("Topics and targets", "/topics", "Everyone"),
        };
        if (IsDistrictLead(user))
        {
            items.Add(new("My district", "/my-district", "My district"));
            items.Add(new("My submissions", "/submissions", "My district"));
            items.Add(new("Bulk entry", "/bulk", "My district"));
        }

        if (HasDistrict(user) || IsStaff(user))
        {
            items.Add(new("Compare a target", "/compare", "Compare"));
        }

        if (HasDistrict(user))
        {
            items.Add(new("My peers", "/peers", "Compare"));
            items.Add(new("Whom to learn from", "/learn-from", "Compare"));
            items.Add(new("My trend across cycles", "/my-trend", "Compare"));
        }
        else if (IsStaff(user))
        {
            // Staff have no district of their own: the page lets them choose one.
            items.Add(new("A district's trend", "/my-trend", "Compare"));
        }

        if (IsStaff(user))
        {
            items.Add(new("Member districts", "/member-districts", "Consortium staff"));
            items.Add(new("Cycle planner", "/cycle-planner", "Consortium staff"));
            items.Add(new("Review queue", "/review", "Consortium staff"));
            items.Add(new("Cycle overview", "/cycle-overview", "Consortium staff"));
            items.Add(new("People and invitations", "/people", "Consortium staff"));
            items.Add(new("Read audits", "/read-audits", "Consortium staff"));
        }

        if (IsDistrictLead(user) || IsStaff(user))
        {
            items.Add(new("Leadership pipeline", "/pipeline", "Leadership development"));
            items.Add(new("Edit the pipeline", "/edit-pipeline", "Leadership development"));
        }

        if (IsStaff(user) || HasDistrict(user))
        {
            items.Add(new("Bench strength", "/bench-strength", "Leadership development"));
        }

        return items;
    }
}
