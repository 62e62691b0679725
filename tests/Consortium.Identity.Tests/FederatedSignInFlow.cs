using System.Net;
using Xunit;

namespace Consortium.Identity.Tests;

/// <summary>
/// A browser signing in to a consortium app through a district's own provider: the app's
/// authorization request, the sign-in page's "Sign in with …" button, the provider (the test user
/// chosen with <c>test_user</c>), the identity service's callback, then the code as for a password.
/// </summary>
public static class FederatedSignInFlow
{
    /// <summary>The tokens when the identity service let the person in; else its last answer (the refusal page).</summary>
    public sealed record Outcome(SignInFlow.Tokens? Tokens, HttpResponseMessage Answer);

    public static async Task<Outcome> SignInAsync(HttpClient browser, Guid providerId, string testUser)
    {
        var authorization = SignInFlow.NewAuthorization();
        var signInPage = await browser.GetStringAsync(await SignInFlow.StartAsync(browser, authorization));
        var answer = await ThroughProviderAsync(browser, signInPage, providerId, authorization.Url, testUser);
        return answer.StatusCode == HttpStatusCode.Redirect
            ? new Outcome(await SignInFlow.FinishAsync(browser, answer.Headers.Location!, authorization), answer)
            : new Outcome(null, answer);
    }

    /// <summary>Presses the provider's button on <paramref name="signInPage"/> and follows the browser through the provider and back.</summary>
    public static async Task<HttpResponseMessage> ThroughProviderAsync(HttpClient browser, string signInPage, Guid providerId, string returnUrl, string testUser)
    {
        var start = await browser.PostAsync(new Uri($"/account/external/{providerId}", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = SignInFlow.AntiforgeryToken(signInPage),
        }));
        if (start.StatusCode != HttpStatusCode.Redirect)
        {
            return start;
        }

        // The provider is another site: the browser reaches it over the network, without this service's cookies.
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var atProvider = await provider.GetAsync(new Uri($"{start.Headers.Location!.AbsoluteUri}&test_user={testUser}"));
        Assert.Equal(HttpStatusCode.Redirect, atProvider.StatusCode);
        var back = atProvider.Headers.Location!;
        Assert.StartsWith($"{IdentityPlatformFixture.Issuer}account/external/callback", back.AbsoluteUri, StringComparison.Ordinal);
        return await browser.GetAsync(back);
    }
}
