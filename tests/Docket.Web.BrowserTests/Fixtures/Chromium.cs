using Microsoft.Playwright;

namespace Docket.Web.BrowserTests.Fixtures;

/// <summary>
/// Debian's Chromium, headless, steered by Playwright's driver from the NuGet package. A missing
/// browser fails the test with the way to install it: a browser test that quietly skips tests nothing.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    /// <summary>Where Debian's chromium package puts the browser; DOCKET_CHROMIUM names another.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("DOCKET_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultPath;

    public static async Task<Chromium> LaunchAsync()
    {
        var path = ExecutablePath;
        Assert.True(File.Exists(path),
            $"Chromium is not installed at {path}: the browser tests drive Debian's Chromium. Install it (apt-get install chromium; .ci/run does) or set DOCKET_CHROMIUM to a Chromium binary.");

        // The driver must never fetch a browser: this one is Debian's.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            }).ConfigureAwait(false);
            return new Chromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }
}
