using System.Security.Claims;
using Consortium.Contracts.Security;

namespace Consortium.ServiceDefaults.Security;

/// <summary>
/// Who is calling, read once from the token: the one place that knows how claims map to
/// permissions, so every service decides "may this caller see district X?" the same way.
/// </summary>
public sealed record Caller(string Subject, IReadOnlySet<string> Roles, Guid? DistrictId, string Issuer = "")
{
    public bool IsStaff => Roles.Contains(Consortium.Contracts.Security.Roles.ConsortiumStaff) || Roles.Contains(Consortium.Contracts.Security.Roles.Admin);

    public bool IsDistrictLead => Roles.Contains(Consortium.Contracts.Security.Roles.DistrictLead);

    /// <summary>The token's scopes (for an automation client, the APIs it may call).</summary>
    public IReadOnlySet<string> Scopes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A district's automation client rather than a person: it may call only the APIs its scopes name.</summary>
    public bool IsAutomationClient { get; init; }

    /// <summary>Staff act for every district; a district role only for its own.</summary>
    public bool ActsFor(Guid districtId) => IsStaff || (DistrictId is { } own && own == districtId);

    /// <summary>May edit district-owned data: staff, or the district's own lead.</summary>
    public bool CanManage(Guid districtId) => IsStaff || (IsDistrictLead && DistrictId == districtId);

    /// <summary>
    /// Who this caller is for state kept per caller (idempotency records): issuer, subject, district
    /// and roles, hashed. A token of the same subject for another district or with other roles is
    /// another caller, so a retry is replayed only to exactly the principal that was authorised
    /// the first time.
    /// </summary>
    public string Key => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
        string.Join('\u001f', [Issuer, Subject, DistrictId?.ToString() ?? string.Empty, .. Roles.Order(StringComparer.Ordinal)]))));

    public static Caller From(ClaimsPrincipal principal)
    {
        var subjectClaim = principal.FindFirst(ClaimNames.Subject)
            ?? throw new InvalidOperationException("An authenticated caller has no subject claim.");
        var roles = principal.FindAll(ClaimNames.Role).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        var districtId = Guid.TryParse(principal.FindFirst(ClaimNames.DistrictId)?.Value, out var id) ? id : (Guid?)null;
        // A subject is unique only within its issuer (a district's own identity provider federates in).
        var scopes = principal.FindAll(ClaimNames.Scope)
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        return new Caller(subjectClaim.Value, roles, districtId, subjectClaim.Issuer)
        {
            Scopes = scopes,
            IsAutomationClient = principal.HasClaim(ClaimNames.AutomationClient, "true"),
        };
    }
}
