using System.Security.Claims;
using Consortium.Contracts.Security;

namespace Consortium.ServiceDefaults.Security;

/// <summary>
/// Who is calling, read once from the token: the one place that knows how claims map to
/// permissions, so every service decides "may this caller see district X?" the same way.
/// </summary>
public sealed record Caller(string Subject, IReadOnlySet<string> Roles, Guid? DistrictId)
{
    public bool IsStaff => Roles.Contains(Consortium.Contracts.Security.Roles.ConsortiumStaff) || Roles.Contains(Consortium.Contracts.Security.Roles.Admin);

    public bool IsDistrictLead => Roles.Contains(Consortium.Contracts.Security.Roles.DistrictLead);

    /// <summary>Staff act for every district; a district role only for its own.</summary>
    public bool ActsFor(Guid districtId) => IsStaff || (DistrictId is { } own && own == districtId);

    /// <summary>May edit district-owned data: staff, or the district's own lead.</summary>
    public bool CanManage(Guid districtId) => IsStaff || (IsDistrictLead && DistrictId == districtId);

    public static Caller From(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirst(ClaimNames.Subject)?.Value
            ?? throw new InvalidOperationException("An authenticated caller has no subject claim.");
        var roles = principal.FindAll(ClaimNames.Role).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        var districtId = Guid.TryParse(principal.FindFirst(ClaimNames.DistrictId)?.Value, out var id) ? id : (Guid?)null;
        return new Caller(subject, roles, districtId);
    }
}
