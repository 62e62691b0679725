namespace Consortium.Web.Services;

/// <summary>Claims the Web adds to the cookie's principal.</summary>
public static class WebClaims
{
    /// <summary>The id under which <see cref="SessionTokens"/> keeps the person's access token.</summary>
    public const string SessionId = "web_session";
}
