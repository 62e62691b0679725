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
}
