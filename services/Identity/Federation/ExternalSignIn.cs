using System.Net;
using Consortium.Identity.Api;
using Consortium.Identity.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OpenIddict.Abstractions;
using OpenIddict.Client.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Consortium.Identity.Federation;

/// <summary>
/// Sign-in through a district's own provider: a "Sign in with …" button per enabled provider on
/// the sign-in page, the challenge (authorization code + PKCE, by OpenIddict's client), and the
/// callback, which signs the person in with the same cookie as a password would and sends the
/// browser back to where it came from (usually the authorization request of a consortium app).
/// </summary>
public static partial class ExternalSignIn
{
    public const string StartPath = "/account/external";

    public static void MapExternalSignIn(this WebApplication app)
    {
        app.MapPost(StartPath + "/{providerId:guid}", ChallengeAsync).AllowAnonymous();
        app.MapMethods("/" + ExternalProviderRegistrations.CallbackPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)CallbackAsync).AllowAnonymous().DisableAntiforgery();
    }

    /// <summary>One button per enabled provider, for the sign-in page (each a form, so it carries the antiforgery token).</summary>
    public static string Buttons(IEnumerable<ProviderRegistration> providers, string? returnUrl)
    {
        var forms = providers.Select(provider => $"""
            <form method="post" action="{StartPath}/{provider.Id}">
              <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl ?? string.Empty)}">
              <p><button type="submit">Sign in with {WebUtility.HtmlEncode(provider.DisplayName)}</button></p>
            </form>
            """).ToList();
        return forms.Count == 0 ? string.Empty : $"""<section aria-labelledby="external"><h2 id="external">Or with your district's account</h2>{string.Concat(forms)}</section>""";
    }

    private static async Task<IResult> ChallengeAsync(
        HttpContext http, IAntiforgery antiforgery, ExternalProviderRegistrations registrations, Guid providerId, [FromForm] string? returnUrl)
    {
        await registrations.EnsureCurrentAsync(http.RequestAborted);
        if (registrations.Providers.All(provider => provider.Id != providerId))
        {
            return Refused(http, antiforgery, "Signing in through this provider is turned off. Ask consortium staff.");
        }

        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictClientAspNetCoreConstants.Properties.RegistrationId] = providerId.ToString(),
        })
        {
            RedirectUri = SignInPages.IsLocal(returnUrl) ? returnUrl : "/",
        };
        return Results.Challenge(properties, [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext http, IAntiforgery antiforgery, ExternalProviderRegistrations registrations, FederatedPeople federated, SignInManager<Person> signIn, ILoggerFactory loggers)
    {
        // Another instance may have connected the provider this browser comes back from.
        await registrations.EnsureCurrentAsync(http.RequestAborted);
        var result = await http.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null
            || !Guid.TryParse(result.Principal.GetClaim(Claims.Private.RegistrationId), out var providerId))
        {
            var error = result.Properties?.GetString(OpenIddictClientAspNetCoreConstants.Properties.Error);
            var description = result.Properties?.GetString(OpenIddictClientAspNetCoreConstants.Properties.ErrorDescription);
            LogIncomplete(loggers.CreateLogger(typeof(ExternalSignIn)), error ?? result.Failure?.Message ?? "no principal", description ?? string.Empty);
            return Refused(http, antiforgery, "Signing in at your organisation did not complete. Start again from the sign-in page.");
        }

        var outcome = await federated.ResolveAsync(providerId, result.Principal, http.RequestAborted);
        if (outcome.Person is not { } person)
        {
            return Refused(http, antiforgery, outcome.Refusal!);
        }

        await signIn.SignInAsync(person, isPersistent: false);
        var returnUrl = result.Properties?.RedirectUri;
        return Results.LocalRedirect(SignInPages.IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static IResult Refused(HttpContext http, IAntiforgery antiforgery, string sentence) =>
        SignInPages.Page(http, antiforgery, "Sign-in refused",
            $"""<p role="alert" id="error">{WebUtility.HtmlEncode(sentence)}</p><p><a href="{SignInPages.SignInPath}">Back to the sign-in page</a></p>""",
            StatusCodes.Status403Forbidden);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "FederatedSignInIncomplete", Message = "Sign-in through a district's provider did not complete: {Error} {Description}")]
    private static partial void LogIncomplete(ILogger logger, string error, string description);
}
