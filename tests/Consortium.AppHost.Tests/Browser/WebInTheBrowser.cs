using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace Consortium.AppHost.Tests.Browser;

/// <summary>
/// The web front end in real headless Chromium against the platform the app host started (one
/// start shared with the other end-to-end checks). Each page visited is checked with axe-core and
/// saved as a screenshot under the test output's <c>screenshots</c> folder for a reviewer.
/// </summary>
internal static class WebInTheBrowser
{
    private static readonly TimeSpan s_webHealthyTimeout = TimeSpan.FromMinutes(3);

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task AssertAsync(RunningPlatform platform)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using (var healthy = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            healthy.CancelAfter(s_webHealthyTimeout);
            foreach (var resource in new[] { ResourceNames.Web, ResourceNames.Identity })
            {
                try
                {
                    await platform.Notifications.WaitForResourceHealthyAsync(resource, healthy.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    Assert.Fail($"{resource} was not healthy within {s_webHealthyTimeout}.");
                }
            }
        }

        var web = platform.Endpoint(ResourceNames.Web, "http");
        var identity = platform.Endpoint(ResourceNames.Identity, "http");
        var started = Stopwatch.StartNew();
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        Report($"Chromium launched in {started.ElapsedMilliseconds} ms.");

        await APageVisitedWithoutSigningInGoesToTheSignInPageAsync(page, web, identity);
        await TheSignedOutPageIsShownToAnyoneAsync(page, web);
        var flow = Stopwatch.StartNew();
        try
        {
            await ReviewCycleInTheBrowser.AssertAsync(platform, page, web, identity);
        }
        catch (Exception) when (!page.IsClosed)
        {
            await ReportFailureAsync(page);
            throw;
        }

        Report($"The review cycle in the browser took {flow.ElapsedMilliseconds} ms.");
        Report($"Browser checks took {started.ElapsedMilliseconds} ms.");
    }

    /// <summary>
    /// Where the flow stopped: the address, every alert on the page (a service's refusal is shown
    /// there) and a screenshot, so a failure on CI can be read without running it again.
    /// </summary>
    private static async Task ReportFailureAsync(IPage page)
    {
        Report($"The flow stopped on {page.Url}.");
        foreach (var alert in await page.Locator(".mud-alert, [role=alert]").AllInnerTextsAsync())
        {
            Report($"Alert on the page: {alert}");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "failure.png"), FullPage = true });
    }

    /// <summary>Figures for the reviewer (launch and page-load times), never asserted on.</summary>
    private static void Report(string figure) => TestContext.Current.TestOutputHelper?.WriteLine($"[browser] {figure}");

    /// <summary>
    /// A page opened without a session goes to the identity service's sign-in page (code + PKCE
    /// from the Web's client), which passes axe-core too.
    /// </summary>
    private static async Task APageVisitedWithoutSigningInGoesToTheSignInPageAsync(IPage page, Uri web, Uri identity)
    {
        var authorize = page.WaitForRequestAsync(request => request.Url.Contains("/connect/authorize", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(web, "/submissions").ToString());
        var query = System.Web.HttpUtility.ParseQueryString(new Uri((await authorize).Url).Query);
        Assert.Equal("consortium-web", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(identity.GetLeftPart(UriPartial.Authority))}/account/sign-in"));
        await Assertions.Expect(page.GetByLabel("E-mail address")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Password", new() { Exact = true })).ToBeVisibleAsync();
        await SaveAsync(page, "sign-in");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>The page sign-out ends on needs no session, reads plainly and offers the way back in.</summary>
    private static async Task TheSignedOutPageIsShownToAnyoneAsync(IPage page, Uri web)
    {
        await VisitAsync(page, new Uri(web, "/signed-out"), "signed-out");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You are signed out" })).ToBeVisibleAsync();
        var signInAgain = page.GetByRole(AriaRole.Link, new() { Name = "Sign in again" });
        await Assertions.Expect(signInAgain).ToHaveAttributeAsync("href", "/signin");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>
    /// Opens a page (up to its load event), checks it answered, and saves it (<see cref="SaveAsync"/>).
    /// </summary>
    private static async Task VisitAsync(IPage page, Uri address, string name)
    {
        var response = await page.GotoAsync(address.ToString(), new() { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"{address} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}.");
        await SaveAsync(page, name);
    }

    /// <summary>Reports the page's load time (navigation start to the load event) as a figure, not an assertion, and saves its screenshot.</summary>
    internal static async Task SaveAsync(IPage page, string name)
    {
        var loadMilliseconds = await page.EvaluateAsync<double>(
            "() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; }");
        Report($"{new Uri(page.Url).AbsolutePath}: loaded in {loadMilliseconds:F0} ms.");
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });
    }
}
