using System.Security.Claims;
using Consortium.Contracts.Security;
using Consortium.Identity.Data;
using Consortium.Identity.Development;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.Identity.Api;

/// <summary>
/// The claims a token carries, built from this service's tables every time a token is issued
/// (sign-in, code exchange, refresh), so a role change or a disabled account takes effect at the
/// next refresh: <c>sub</c>, <c>role</c>, <c>district_id</c>, and the granted scopes.
/// </summary>
public static class TokenClaims
{
    public static ClaimsPrincipal ForPerson(Person person, IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.Id.ToString());
        identity.SetClaim(Claims.Email, person.Email);
        identity.SetClaim(Claims.Name, person.UserName);
        identity.SetClaim(ClaimNames.Role, person.Role);
        if (person.DistrictId is { } district)
        {
            identity.SetClaim(ClaimNames.DistrictId, district.ToString());
        }

        return Finish(identity, scopes, audience);
    }

    /// <summary>
    /// An automation client acts as its district's lead for what its scopes allow; its subject is
    /// its client id (which is how services tell it from a person).
    /// </summary>
    public static ClaimsPrincipal ForClient(AutomationClient client, IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(Claims.Name, client.DisplayName);
        identity.SetClaim(ClaimNames.Role, Roles.DistrictLead);
        identity.SetClaim(ClaimNames.DistrictId, client.DistrictId.ToString());
        // Services let it call only the APIs its scopes name (ServiceDefaults' AutomationScopeInterceptor).
        identity.SetClaim(ClaimNames.AutomationClient, "true");
        return Finish(identity, scopes, audience);
    }

    /// <summary>
    /// The development client's token (Development only): for the caller it names, the client id
    /// kept as <c>azp</c> so a local token can always be told from a person's. It lives as long as
    /// the local tools need (the start banner prints one), not the 15 minutes of a person's.
    /// </summary>
    public static ClaimsPrincipal ForDevelopmentCaller(string clientId, DevelopmentCaller caller, IEnumerable<string> scopes, string audience, TimeSpan lifetime)
    {
        var identity = new ClaimsIdentity(OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, caller.Subject);
        identity.SetClaim(Claims.Name, $"{caller.Access.Role} (local platform tools)");
        identity.SetClaim(Claims.AuthorizedParty, clientId);
        identity.SetClaim(ClaimNames.Role, caller.Access.Role);
        if (caller.Access.DistrictId is { } district)
        {
            identity.SetClaim(ClaimNames.DistrictId, district.ToString());
        }

        var principal = Finish(identity, scopes, audience);
        principal.SetAccessTokenLifetime(lifetime);
        return principal;
    }

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes, string audience)
    {
        identity.SetScopes(scopes);
        identity.SetResources(audience);
        identity.SetDestinations(claim => claim.Type switch
        {
            // What services decide on goes into the access token; the web app also shows name and e-mail.
            Claims.Subject or ClaimNames.Role or ClaimNames.DistrictId => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Name or Claims.Email => [Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
