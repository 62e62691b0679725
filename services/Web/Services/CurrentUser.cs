using System.Security.Claims;
using Consortium.Contracts.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Consortium.Web.Services;

/// <summary>The signed-in person, as the page (request or interactive circuit) knows them.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    /// <summary>The id under which <see cref="SessionTokens"/> keeps the person's tokens; null when not signed in.</summary>
    public async Task<string?> SessionIdAsync() => (await PrincipalAsync()).FindFirstValue(WebClaims.SessionId);

    public async Task<string?> DistrictIdAsync() => (await PrincipalAsync()).FindFirstValue(ClaimNames.DistrictId);

    /// <summary>
    /// The district a page about one district shows at first (the person's own; empty for staff),
    /// and whether the person chooses it: staff, who have no district of their own.
    /// </summary>
    public async Task<(string DistrictId, bool Chooses)> DistrictScopeAsync()
    {
        var principal = await PrincipalAsync();
        var own = principal.FindFirstValue(ClaimNames.DistrictId) ?? "";
        return (own, own.Length == 0 && Navigation.IsStaff(principal));
    }
}
