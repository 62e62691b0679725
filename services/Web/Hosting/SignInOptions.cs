using System.ComponentModel.DataAnnotations;

namespace Consortium.Web.Hosting;

/// <summary>
/// Where people sign in: the identity service (OpenID Connect). The app host sets the authority
/// from the identity resource; the client is public (authorization code + PKCE), so no secret.
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>The issuer, e.g. http://localhost:5160.</summary>
    [Required]
    public string Authority { get; set; } = "";

    /// <summary>The client registered for the web front end.</summary>
    [Required]
    public string ClientId { get; set; } = "consortium-web";

    /// <summary>API scopes asked for besides openid, profile and offline_access.</summary>
    public List<string> ApiScopes { get; } = [];
}
