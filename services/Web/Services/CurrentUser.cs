using System.Security.Claims;
using Consortium.Contracts.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Consortium.Web.Services;

/// <summary>The signed-in person, as the page (request or interactive circuit) knows them.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, SessionTokens tokens)
{
    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    /// <summary>The access token to forward to the services; null once the session is over.</summary>
    public async Task<string?> AccessTokenAsync() =>
        tokens.AccessTokenOf((await PrincipalAsync()).FindFirstValue(WebClaims.SessionId));

    public async Task<string?> DistrictIdAsync() => (await PrincipalAsync()).FindFirstValue(ClaimNames.DistrictId);
}
