using System.Security.Claims;
using Consortium.Identity.Data;
using Consortium.Identity.Development;
using Consortium.ServiceDefaults.Domain;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.Identity.Api;

/// <summary>
/// The OpenID Connect endpoints whose decisions are ours (OpenIddict validates the protocol
/// first): who is signed in at authorize, whether the account or client may still have tokens at
/// token (code exchange, refresh, client credentials), and sign-out.
/// </summary>
public static partial class AuthorizationEndpoints
{
    public static void MapAuthorizationEndpoints(this WebApplication app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync).AllowAnonymous().DisableAntiforgery();
        app.MapPost("/connect/token", TokenAsync).AllowAnonymous().DisableAntiforgery();
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync).AllowAnonymous().DisableAntiforgery();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<Person> people, IOptions<IdentityServiceOptions> options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await http.AuthenticateAsync(IdentityNames.CookieScheme);
        var person = cookie.Succeeded ? await people.GetUserAsync(cookie.Principal) : null;
        if (person is null || person.IsDisabled)
        {
            // Not signed in (or no longer allowed): the sign-in page, then back here.
            var returnUrl = http.Request.PathBase + http.Request.Path + QueryString.Create(
                http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList());
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityNames.CookieScheme]);
        }

        var principal = TokenClaims.ForPerson(person, request.GetScopes(), options.Value.Audience);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(
        HttpContext http, UserManager<Person> people, IdentityServiceDbContext db, IOptions<IdentityServiceOptions> options, IHostEnvironment environment, ILoggerFactory loggers)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var logger = loggers.CreateLogger(typeof(AuthorizationEndpoints));
        var audience = options.Value.Audience;

        if (request.IsClientCredentialsGrantType() && request.ClientId == IdentityNames.DevelopmentClientId)
        {
            // Registered only in Development; refused here too, should a database carry it elsewhere.
            if (!environment.IsDevelopment())
            {
                LogRefused(logger, request.ClientId, "the development client outside Development");
                return Refuse(Errors.InvalidClient, "This client exists only on a local platform.");
            }

            var violations = new Violations();
            if (DevelopmentCaller.From(request, violations) is not { } caller)
            {
                var reason = string.Join("; ", violations.Items.Select(violation => $"{violation.Field} {violation.Description}"));
                LogRefused(logger, request.ClientId, reason);
                return Refuse(Errors.InvalidRequest, reason);
            }

            LogDevelopmentToken(logger, caller.Subject, caller.Access.Role, caller.Access.DistrictId);
            return Results.SignIn(
                TokenClaims.ForDevelopmentCaller(request.ClientId, caller, request.GetScopes(), audience, options.Value.DevelopmentTokenLifetime),
                authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsClientCredentialsGrantType())
        {
            var client = await db.AutomationClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == request.ClientId);
            if (client is null || client.IsDisabled)
            {
                LogRefused(logger, request.ClientId ?? string.Empty, "client disabled or not an automation client");
                return Refuse(Errors.InvalidClient, "This client may no longer obtain tokens.");
            }

            return Results.SignIn(TokenClaims.ForClient(client, request.GetScopes(), audience), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code or refresh token OpenIddict already validated; the account is looked up again.
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var subject = result.Principal?.GetClaim(Claims.Subject);
            var person = Guid.TryParse(subject, out var id) ? await people.FindByIdAsync(id.ToString()) : null;
            if (person is null || person.IsDisabled || await people.IsLockedOutAsync(person))
            {
                LogRefused(logger, subject ?? string.Empty, "account disabled, locked or removed");
                return Refuse(Errors.InvalidGrant, "This account may no longer obtain tokens.");
            }

            return Results.SignIn(TokenClaims.ForPerson(person, result.Principal!.GetScopes(), audience), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static async Task<IResult> EndSessionAsync(HttpContext http)
    {
        await http.SignOutAsync(IdentityNames.CookieScheme);
        // OpenIddict redirects to the validated post_logout_redirect_uri (or answers with a page).
        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    [LoggerMessage(Level = LogLevel.Information, EventName = "DevelopmentTokenIssued", Message = "Development token issued for {Subject} as {Role} of district {DistrictId}")]
    private static partial void LogDevelopmentToken(ILogger logger, string subject, string role, Guid? districtId);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "TokenRefused", Message = "Token refused for {Subject}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string subject, string reason);
}
