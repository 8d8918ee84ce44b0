using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Docket.Web.BrowserTests.Fixtures;

/// <summary>Full-page screenshots of each step, numbered in order, under TestResults/screenshots/ in the test output folder; each path is written to the test's output.</summary>
public sealed class Screenshots(string test, ITestOutputHelper output)
{
    private int _count;

    public string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", test);

    public async Task TakeAsync(IPage page, string step)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"{++_count:D2}-{step}.png"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true }).ConfigureAwait(false);
        output.WriteLine($"screenshot: {path} ({page.Url})");
    }
}
