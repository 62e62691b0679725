using System.Security.Claims;
using Consortium.Identity.Data;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Identity.Domain;

/// <summary>
/// Staff-approved rules that turn a district provider's claims into a consortium role: tried in
/// order, the first match decides, no match refuses. Only district roles can be granted (a
/// district's provider must never make consortium staff), and the district is the provider's.
/// </summary>
public static class RoleRules
{
    public const int MaxRules = 50;

    /// <summary>A rule as staff asked for it; <see cref="Role"/> is a role claim value (or empty when unknown).</summary>
    public sealed record Requested(string ClaimType, string ClaimValue, string Role);

    /// <summary>Validates the rules; violations name <c>rules</c> and <c>rules[i].field</c>.</summary>
    public static List<ExternalRoleRule> Create(IReadOnlyList<Requested> rules, Violations violations)
    {
        violations.Require(rules.Count is >= 1 and <= MaxRules, "rules", $"must hold 1–{MaxRules} rules: without one nobody can sign in");
        var created = new List<ExternalRoleRule>();
        for (var i = 0; i < rules.Count; i++)
        {
            var (type, value, role) = (rules[i].ClaimType.Trim(), rules[i].ClaimValue.Trim(), rules[i].Role);
            violations.Require(type.Length is >= 1 and <= 100 && !type.Any(char.IsControl), $"rules[{i}].claim_type", "must be 1–100 printable characters, e.g. groups");
            violations.Require(value.Length is >= 1 and <= 200 && !value.Any(char.IsControl), $"rules[{i}].claim_value", "must be 1–200 printable characters");
            violations.Require(AccessRole.DistrictRoles.Contains(role), $"rules[{i}].role",
                "must be ROLE_DISTRICT_LEAD or ROLE_LEADER: a district's provider cannot grant consortium staff");
            created.Add(new ExternalRoleRule { Position = i, ClaimType = type, ClaimValue = value, Role = role });
        }

        return created;
    }

    /// <summary>The first rule whose claim the person has with that exact value (any of several values), or null.</summary>
    public static ExternalRoleRule? FirstMatch(IEnumerable<ExternalRoleRule> rules, ClaimsPrincipal external) =>
        rules.OrderBy(rule => rule.Position).FirstOrDefault(rule =>
            external.Claims.Any(claim => claim.Type == rule.ClaimType && string.Equals(claim.Value, rule.ClaimValue, StringComparison.Ordinal)));
}
