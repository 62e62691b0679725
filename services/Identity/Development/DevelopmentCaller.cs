using Consortium.Contracts.Security;
using Consortium.Identity.Domain;
using Consortium.ServiceDefaults.Domain;
using OpenIddict.Abstractions;

namespace Consortium.Identity.Development;

/// <summary>
/// Who a development client's token is for (Development only, ADR 23): the role, district and
/// subject named by the request's <see cref="DevelopmentTokenRequest"/> parameters, checked by
/// the same rule as an invitation (<see cref="AccessRole"/>), so a local token is never a shape
/// a real account could not have. Without parameters: consortium staff, the client as subject.
/// </summary>
public sealed record DevelopmentCaller(string Subject, AccessRole Access)
{
    /// <summary>Longest subject accepted (the services keep subjects in idempotency keys and audit rows).</summary>
    public const int MaxSubjectLength = 200;

    /// <summary>The caller the request names, or <c>null</c> with <paramref name="violations"/> saying why.</summary>
    public static DevelopmentCaller? From(OpenIddictRequest request, Violations violations)
    {
        var role = (string?)request.GetParameter(DevelopmentTokenRequest.RoleParameter) ?? Roles.ConsortiumStaff;
        var subject = (string?)request.GetParameter(DevelopmentTokenRequest.SubjectParameter) ?? request.ClientId ?? string.Empty;
        Guid? districtId = null;
        if ((string?)request.GetParameter(DevelopmentTokenRequest.DistrictIdParameter) is { } district)
        {
            if (Guid.TryParse(district, out var id) && id != Guid.Empty)
            {
                districtId = id;
            }
            else
            {
                violations.Add(DevelopmentTokenRequest.DistrictIdParameter, "must be a district id (a UUID)");
            }
        }

        violations.Require(
            subject.Trim().Length > 0 && subject.Length <= MaxSubjectLength && !subject.Any(char.IsControl),
            DevelopmentTokenRequest.SubjectParameter,
            $"must be 1 to {MaxSubjectLength} printable characters");
        var access = AccessRole.Create(role, districtId, violations);
        return violations.Any ? null : new DevelopmentCaller(subject, access);
    }
}
