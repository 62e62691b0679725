using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Consortium.Identity.Tests;

/// <summary>
/// What the web front end and a browser do together: authorization code with PKCE through the
/// sign-in page, then the code exchanged for tokens; and refreshing them.
/// </summary>
public static partial class SignInFlow
{
    public const string RedirectUri = "http://localhost:5170/signin-oidc";

    public sealed record Tokens(string AccessToken, string RefreshToken);

    /// <summary>Posts the sign-in form; returns the response (a redirect when the password was right).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string email, string password, string returnUrl = "/")
    {
        var page = await browser.GetStringAsync(new Uri($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));
        return await browser.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
        }));
    }

    /// <summary>An authorization request of the web front end (code + PKCE) and its verifier.</summary>
    public sealed record Authorization(string Url, string Verifier);

    public static Authorization NewAuthorization()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return new Authorization(
            "/connect/authorize?client_id=consortium-web&response_type=code"
            + $"&redirect_uri={Uri.EscapeDataString(RedirectUri)}&scope={Uri.EscapeDataString("openid offline_access")}"
            + $"&code_challenge={challenge}&code_challenge_method=S256&state=s1",
            verifier);
    }

    /// <summary>Not signed in yet: authorize sends the browser to the sign-in page (returns its URL).</summary>
    public static async Task<Uri> StartAsync(HttpClient browser, Authorization authorization)
    {
        var first = await browser.GetAsync(new Uri(authorization.Url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.StartsWith("/account/sign-in", first.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        return first.Headers.Location;
    }

    public static async Task<Tokens> SignInAsync(HttpClient browser, string email, string password)
    {
        var authorization = NewAuthorization();
        await StartAsync(browser, authorization);
        var signedIn = await PostSignInAsync(browser, email, password, authorization.Url);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return await FinishAsync(browser, signedIn.Headers.Location!, authorization);
    }

    /// <summary>Signed in: back to authorize (<paramref name="signedInLocation"/>), which answers with a code, exchanged for tokens.</summary>
    public static async Task<Tokens> FinishAsync(HttpClient browser, Uri signedInLocation, Authorization authorization)
    {
        var second = await browser.GetAsync(signedInLocation);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var callback = second.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.AbsoluteUri, StringComparison.Ordinal);
        var code = System.Web.HttpUtility.ParseQueryString(callback.Query)["code"]!;

        var (response, body) = await TokenRequestAsync(browser, new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = "consortium-web",
            ["code_verifier"] = authorization.Verifier,
        });
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return new Tokens(body.GetProperty("access_token").GetString()!, body.GetProperty("refresh_token").GetString()!);
    }

    /// <summary>The antiforgery token of a page this service rendered.</summary>
    public static string AntiforgeryToken(string page) => AntiforgeryField().Match(page).Groups[1].Value;

    public static Task<(HttpResponseMessage Response, JsonElement Body)> RefreshAsync(HttpClient browser, string refreshToken) =>
        TokenRequestAsync(browser, new()
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = "consortium-web",
        });

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> TokenRequestAsync(HttpClient browser, Dictionary<string, string> form)
    {
        var response = await browser.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(form));
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
