using Microsoft.Playwright;

namespace Consortium.AppHost.Tests.Browser;

/// <summary>
/// Debian's chromium (scripts/install-prerequisites.sh) driven by Playwright: no browser is
/// downloaded. Each session starts from a fresh profile folder, removed afterwards, so no cookie
/// or cache from an earlier run can make a page look signed in or fast.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>How long any single browser step (navigation, click, wait for text) may take.</summary>
    public static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    // Headless on a server without a GPU or a user namespace sandbox; nothing that calls out
    // (QUIC, background updates, sync, component downloads): the tests must work offline.
    private static readonly string[] s_arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profileDirectory;

    private HeadlessChromium(IPlaywright playwright, IBrowserContext context, string profileDirectory)
    {
        _playwright = playwright;
        Context = context;
        _profileDirectory = profileDirectory;
    }

    public IBrowserContext Context { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        // Belt and braces: the driver must never fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var profileDirectory = Directory.CreateTempSubdirectory("consortium-chromium-").FullName;
        var playwright = await Playwright.CreateAsync();
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profileDirectory, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = s_arguments,
                Timeout = (float)StepTimeout.TotalMilliseconds,
                // A tablet-sized window: the smallest the pages are built for (issue 12).
                ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
            });
            context.SetDefaultTimeout((float)StepTimeout.TotalMilliseconds);
            context.SetDefaultNavigationTimeout((float)StepTimeout.TotalMilliseconds);
            // A save makes up to three calls through the services; on a loaded machine that is more
            // than the assertions' default of 5 s.
            Assertions.SetDefaultExpectTimeout((float)StepTimeout.TotalMilliseconds);
            return new HeadlessChromium(playwright, context, profileDirectory);
        }
        catch
        {
            playwright.Dispose();
            Directory.Delete(profileDirectory, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profileDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Chromium still closing a file; the temporary folder is left to the OS.
        }
    }
}
