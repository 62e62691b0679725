using Consortium.Contracts.Security;
using Consortium.ServiceDefaults.Domain;

namespace Consortium.Identity.Domain;

/// <summary>
/// The role a person holds and, for a district role, the member district it is held for: the
/// one rule every invitation and role change goes through, so no account can hold a district
/// role without a district (or a consortium role with one).
/// </summary>
public sealed record AccessRole
{
    /// <summary>Roles a person may be given; <c>admin</c> is not handed out through the API.</summary>
    public static readonly IReadOnlySet<string> Assignable = new HashSet<string>(StringComparer.Ordinal)
    {
        Roles.ConsortiumStaff, Roles.DistrictLead, Roles.Leader,
    };

    /// <summary>Roles that act for one district and therefore need one.</summary>
    public static readonly IReadOnlySet<string> DistrictRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        Roles.DistrictLead, Roles.Leader,
    };

    public string Role { get; }

    public Guid? DistrictId { get; }

    private AccessRole(string role, Guid? districtId) => (Role, DistrictId) = (role, districtId);

    /// <summary>Validates the pair; violations name the request fields <c>role</c> and <c>district_id</c>.</summary>
    public static AccessRole Create(string role, Guid? districtId, Violations violations)
    {
        if (!Assignable.Contains(role))
        {
            violations.Add("role", $"must be one of {string.Join(", ", Assignable.Order(StringComparer.Ordinal))}");
        }
        else if (DistrictRoles.Contains(role) && districtId is null)
        {
            violations.Add("district_id", $"is required for the role {role}");
        }
        else if (!DistrictRoles.Contains(role) && districtId is not null)
        {
            violations.Add("district_id", $"must be empty for the role {role}");
        }

        return new AccessRole(role, districtId);
    }
}
