namespace Consortium.Identity;

/// <summary>Names that are part of the identity service's contract with clients and services.</summary>
public static class IdentityNames
{
    /// <summary>The <c>aud</c> of every access token.</summary>
    public const string ApiAudience = "consortium-api";

    /// <summary>The web front end (a public client: authorization code + PKCE).</summary>
    public const string WebClientId = "consortium-web";

    /// <summary>The local platform's tools (demo loader, token command): client credentials, staff tokens, Development only.</summary>
    public const string DevelopmentClientId = Contracts.Security.DevelopmentTokenRequest.ClientId;

    /// <summary>The scope an automation client needs to write submissions.</summary>
    public const string SubmissionsWriteScope = "submissions.write";

    /// <summary>The cookie scheme of the sign-in page (ASP.NET Core Identity's application cookie).</summary>
    public const string CookieScheme = "Identity.Application";
}
