using Consortium.Contracts.Identity.V1;
using Consortium.Identity.Data;
using Consortium.ServiceDefaults.Domain;
using Google.Protobuf.WellKnownTypes;
using ContractRoles = Consortium.Contracts.Security.Roles;

namespace Consortium.Identity.Api;

/// <summary>Conversions between the API's messages and this service's records.</summary>
internal static class IdentityMessages
{
    public static string? ToClaim(Role role) => role switch
    {
        Role.ConsortiumStaff => ContractRoles.ConsortiumStaff,
        Role.DistrictLead => ContractRoles.DistrictLead,
        Role.Leader => ContractRoles.Leader,
        _ => null,
    };

    public static Role FromClaim(string role) => role switch
    {
        ContractRoles.ConsortiumStaff => Role.ConsortiumStaff,
        ContractRoles.DistrictLead => Role.DistrictLead,
        ContractRoles.Leader => Role.Leader,
        _ => Role.Unspecified,
    };

    /// <summary>An optional UUID field: empty is null; anything else must parse.</summary>
    public static Guid? OptionalId(string value, string field, Violations violations)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        violations.Add(field, "must be a UUID");
        return null;
    }

    public static Guid RequiredId(string value, string field, Violations violations)
    {
        if (string.IsNullOrEmpty(value))
        {
            violations.Add(field, "is required");
            return Guid.Empty;
        }

        return OptionalId(value, field, violations) ?? Guid.Empty;
    }

    public static Contracts.Identity.V1.Person ToMessage(Data.Person person) => new()
    {
        PersonId = person.Id.ToString(),
        Email = person.Email ?? string.Empty,
        Role = FromClaim(person.Role),
        DistrictId = person.DistrictId?.ToString() ?? string.Empty,
        Enabled = !person.IsDisabled,
        HasPassword = person.PasswordHash is not null,
        CreatedAt = Timestamp.FromDateTimeOffset(person.CreatedAt),
    };

    public static Contracts.Identity.V1.AuditEntry ToMessage(Data.AuditEntry entry) => new()
    {
        At = Timestamp.FromDateTimeOffset(entry.At),
        Actor = entry.Actor,
        Action = entry.Action,
        Target = entry.Target,
        Details = entry.Details,
    };
}
