using System.Text;
using System.Text.RegularExpressions;
using Consortium.Contracts.Security;
using Consortium.Contracts.Submissions.V1;
using Consortium.Hosting.Security;
using Grpc.Core;
using Microsoft.Playwright;
using Xunit;

namespace Consortium.AppHost.Tests.Browser;

/// <summary>
/// Issue 12's browser flow with the demo people (issue 11), each signing in through the identity
/// service's page: Cedar Ridge's lead saves a Performance assessment draft, has a CSV with one bad
/// row refused (nothing saved), submits, and cannot open Aspen Valley's draft; staff return it with
/// a comment; the lead sees the comment, revises and resubmits; staff accept and see the people list
/// (the identity service's staff API with the person's token); Blue Hills' leader
/// finds Cedar Ridge (named sharing) with the accepted value in the comparison, and the same link
/// shows Lakeshore's leader (no value given on that topic) why there is nothing to see; staff find
/// that comparison in the read audits under the leader's name. Every sign-out ends
/// the session: going back or reloading shows the sign-in page, not data.
/// </summary>
internal static class ReviewCycleInTheBrowser
{
    private const string Lead = "lead.cedar-ridge@demo.consortium.example";
    private const string Staff = DemoPeople.StaffEmail;
    private const string OtherLeader = "leader.blue-hills@demo.consortium.example";
    private const string LeaderWithoutValue = "leader.lakeshore@demo.consortium.example";
    private const string Topic = "Performance assessment";
    private const string Comment = "Please count only grade levels where every student takes the task.";

    /// <summary>How long the accepted value may take to reach Insights (events through RabbitMQ).</summary>
    private static readonly TimeSpan s_insightsPatience = TimeSpan.FromMinutes(2);

    public static async Task AssertAsync(RunningPlatform platform, IPage page, Uri web, Uri identity)
    {
        var password = DemoPeople.ReadOrCreatePassword(platform.StateDirectory);
        var otherDistrictsDraft = await AspenValleysDraftAsync(platform);

        // The lead: a draft, a refused CSV, a submission; another district's draft is not found.
        await SignInAsync(page, web, identity, "/submissions", Lead, password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My submissions" })).ToBeVisibleAsync();
        await WebInTheBrowser.SaveAsync(page, "my-submissions");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // A link inside the running circuit navigates without a new WebSocket.
        await page.GetByRole(AriaRole.Link, new() { Name = Topic }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/submissions/new\\?topic="));
        await Assertions.Expect(page.GetByLabel("Title")).ToBeEditableAsync();
        await page.GetByLabel("Title").FillAsync("Common performance tasks in grades 5, 8 and 11");
        await page.GetByLabel("What your district does and for whom").FillAsync("Every student completes a scored, common performance task in three grade levels.");
        await page.GetByLabel("Grade levels with a common performance task (PA-GRADES)").FillAsync("6");
        await page.GetByLabel("A performance assessment is a graduation requirement (PA-GRAD-REQ)").FillAsync("no");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToHaveTextAsync("Draft saved.");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/submissions/[0-9a-f-]{36}$"));
        var submission = new Uri(page.Url);
        var submissionId = submission.Segments[^1];
        await WebInTheBrowser.SaveAsync(page, "submission-draft");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await ACsvWithOneBadRowIsRefusedAndSavesNothingAsync(page, web, submission);

        await InteractiveAsync(page, () => page.GotoAsync(submission.ToString()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToHaveTextAsync("Submitted for review.");

        await InteractiveAsync(page, () => page.GotoAsync(new Uri(web, $"/submissions/{otherDistrictsDraft}").ToString()));
        await Assertions.Expect(page.GetByText("Not found — it does not exist, or it is not yours to see.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Title")).ToHaveCountAsync(0);
        await SignOutAsync(page, web, identity, submission);

        // Staff return it with a comment.
        await SignInAsync(page, web, identity, $"/review/{submissionId}", Staff, password);
        await Assertions.Expect(page.GetByTestId("review-status")).ToContainTextAsync("awaiting review");
        await page.GetByLabel("Comments for the district (when returning)").FillAsync(Comment);
        await WebInTheBrowser.SaveAsync(page, "review");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Return with comments" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-done")).ToContainTextAsync("Returned");
        await SignOutAsync(page, web, identity, new Uri(web, $"/review/{submissionId}"));

        // The lead sees the comment, revises, resubmits.
        await SignInAsync(page, web, identity, submission.PathAndQuery, Lead, password);
        await Assertions.Expect(page.GetByTestId("reviewer-comments")).ToContainTextAsync(Comment);
        await WebInTheBrowser.SaveAsync(page, "submission-returned");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Grade levels with a common performance task (PA-GRADES)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resubmit for review" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToHaveTextAsync("Submitted for review.");
        await SignOutAsync(page, web, identity, submission);

        // Staff accept.
        await SignInAsync(page, web, identity, $"/review/{submissionId}", Staff, password);
        await Assertions.Expect(page.GetByTestId("review-status")).ToContainTextAsync("awaiting review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-done")).ToHaveTextAsync("Accepted.");

        // The identity service's staff API takes the person's token the Web forwards.
        await InteractiveAsync(page, () => page.GotoAsync(new Uri(web, "/people").ToString()));
        await Assertions.Expect(page.GetByTestId("people")).ToContainTextAsync(Lead);
        await WebInTheBrowser.SaveAsync(page, "people");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await SignOutAsync(page, web, identity, new Uri(web, "/people"));

        // A leader of another district that has given its own value sees Cedar Ridge's, named as its
        // sharing allows; the comparison's address can be shared.
        await SignInAsync(page, web, identity, "/compare", OtherLeader, password);
        await TheComparisonShowsAsync(page, "Cedar Ridge School District", "3");
        await WebInTheBrowser.SaveAsync(page, "compare");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var sharedComparison = new Uri(page.Url);
        Assert.Matches("topic=.+&target=.+", sharedComparison.Query);
        await SignOutAsync(page, web, identity, sharedComparison);

        // The same link for a leader whose district has not given a value: no figures, and a plain
        // sentence saying why (give to get).
        await SignInAsync(page, web, identity, sharedComparison.PathAndQuery, LeaderWithoutValue, password);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "once its own submission for this cycle has been accepted" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("comparison-rows")).ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await SignOutAsync(page, web, identity, sharedComparison);

        // The comparison that showed Blue Hills' leader other districts' values was recorded, and
        // staff find it under the reader's name.
        await SignInAsync(page, web, identity, "/read-audits", Staff, password);
        await Assertions.Expect(page.GetByTestId("read-audits").Locator("tbody tr", new() { HasText = OtherLeader }).Filter(new() { HasText = "CompareTarget" }).First).ToBeVisibleAsync();
        await WebInTheBrowser.SaveAsync(page, "read-audits");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await SignOutAsync(page, web, identity, new Uri(web, "/read-audits"));
    }

    /// <summary>
    /// The template's columns with one wrong value: the page names the line and target, saves
    /// nothing (the draft still holds its earlier values, including the row that was right).
    /// </summary>
    private static async Task ACsvWithOneBadRowIsRefusedAndSavesNothingAsync(IPage page, Uri web, Uri submission)
    {
        await InteractiveAsync(page, () => page.GotoAsync(new Uri(web, "/bulk").ToString()));
        await ChooseAsync(page, page.Locator(".mud-select").First, "Common performance tasks");
        var refused = page.GetByTestId("bulk-refused");
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "performance-assessment.csv",
                MimeType = "text/csv",
                Buffer = Encoding.UTF8.GetBytes("target_code,value\nPA-GRADES,six\nPA-GRAD-REQ,yes\n"),
            });
            try
            {
                await Assertions.Expect(refused).ToBeVisibleAsync(new() { Timeout = 5_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // The upload renders once the chosen submission's topic has loaded, and Blazor hooks
                // its file input up just after: a file chosen in between is not seen. Refusing saves
                // nothing, so choosing the file again is safe.
            }
        }

        await Assertions.Expect(refused).ToContainTextAsync("Nothing was saved: 1 row needs attention.");
        var errors = page.GetByTestId("bulk-row-errors");
        await Assertions.Expect(errors.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(errors.Locator("tbody tr td").Nth(0)).ToHaveTextAsync("2");
        await Assertions.Expect(errors.Locator("tbody tr td").Nth(1)).ToHaveTextAsync("PA-GRADES");
        await WebInTheBrowser.SaveAsync(page, "bulk-refused");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await InteractiveAsync(page, () => page.GotoAsync(submission.ToString()));
        await Assertions.Expect(page.GetByLabel("Grade levels with a common performance task (PA-GRADES)")).ToHaveValueAsync("6");
        await Assertions.Expect(page.GetByLabel("A performance assessment is a graduation requirement (PA-GRAD-REQ)")).ToHaveValueAsync("no");
    }

    /// <summary>Insights learns of the acceptance from events: the page is asked again until the row is there.</summary>
    private static async Task TheComparisonShowsAsync(IPage page, string district, string value)
    {
        var rows = page.GetByTestId("comparison-rows").Locator("tbody tr", new() { HasText = district });
        var deadline = DateTime.UtcNow + s_insightsPatience;
        while (true)
        {
            await ChooseAsync(page, page.GetByTestId("compare-topic"), Topic);
            await ChooseAsync(page, page.GetByTestId("compare-target"), "Grade levels with a common performance task");
            await Assertions.Expect(page.GetByTestId("comparison-n")).ToBeVisibleAsync();
            if (await rows.CountAsync() == 1 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
            await InteractiveAsync(page, () => page.ReloadAsync());
        }

        await Assertions.Expect(rows.Locator("td").Nth(1)).ToContainTextAsync(value);
    }

    /// <summary>
    /// Opens a MudBlazor select and picks the option containing <paramref name="text"/>. A select
    /// opened while its page's circuit is still asking a service for the options shows none: it is
    /// closed and opened again.
    /// </summary>
    private static async Task ChooseAsync(IPage page, ILocator select, string text)
    {
        var option = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = text }).First;
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            try
            {
                await option.WaitForAsync(new() { Timeout = 5_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 5)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }

        await option.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// From a signed-out browser: the Web sends it to the identity service's sign-in page (code +
    /// PKCE); after the password it is back on <paramref name="path"/>, the page interactive.
    /// </summary>
    private static async Task SignInAsync(IPage page, Uri web, Uri identity, string path, string email, string password)
    {
        await page.GotoAsync(new Uri(web, path).ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(identity.GetLeftPart(UriPartial.Authority))}/account/sign-in"));
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await InteractiveAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(new Uri(web, path).ToString())}$"));
        await LiveAsync(page);
    }

    /// <summary>
    /// Waits until the page's circuit has rendered it (the layout says so): what is typed into the
    /// prerendered form before that is replaced by the live one and lost.
    /// </summary>
    private static Task LiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("main[data-interactive=true]")).ToHaveCountAsync(1);

    /// <summary>
    /// Signs out; afterwards neither the back button nor opening the last page again shows it:
    /// the browser lands on the identity service's sign-in page.
    /// </summary>
    private static async Task SignOutAsync(IPage page, Uri web, Uri identity, Uri lastPage)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(web, "/signed-out").ToString());
        var signInPage = new Regex($"^{Regex.Escape(identity.GetLeftPart(UriPartial.Authority))}/account/sign-in");

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(signInPage);
        await page.ReloadAsync();
        await Assertions.Expect(page).ToHaveURLAsync(signInPage);

        await page.GotoAsync(lastPage.ToString());
        await Assertions.Expect(page).ToHaveURLAsync(signInPage);
    }

    /// <summary>
    /// Runs a navigation and waits until the Blazor circuit of the page it lands on has rendered
    /// (its first binary frame over the WebSocket): before that, the prerendered page ignores clicks.
    /// </summary>
    private static async Task InteractiveAsync(IPage page, Func<Task> navigate)
    {
        var rendered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSocket(object? sender, IWebSocket socket)
        {
            if (socket.Url.Contains("/_blazor", StringComparison.Ordinal))
            {
                socket.FrameReceived += (_, frame) =>
                {
                    if (frame.Binary is { Length: > 0 })
                    {
                        rendered.TrySetResult();
                    }
                };
            }
        }

        page.WebSocket += OnSocket;
        try
        {
            await navigate();
            await rendered.Task.WaitAsync(HeadlessChromium.StepTimeout);
        }
        finally
        {
            page.WebSocket -= OnSocket;
        }

        await LiveAsync(page);
    }

    /// <summary>The id of Aspen Valley's demo draft (another district than the lead's), asked of Submissions as staff.</summary>
    private static async Task<string> AspenValleysDraftAsync(RunningPlatform platform)
    {
        var submissions = new SubmissionsService.SubmissionsServiceClient(platform.Channel(ResourceNames.Submissions));
        var staff = new Metadata { { "Authorization", $"Bearer {platform.Tokens.Issue("e2e-browser", Roles.ConsortiumStaff)}" } };
        var drafts = await submissions.ListSubmissionsAsync(new ListSubmissionsRequest { Status = SubmissionStatus.Draft, PageSize = 200 }, staff);
        return drafts.Submissions.Single(s => s.DistrictName == "Aspen Valley School District").SubmissionId;
    }
}
