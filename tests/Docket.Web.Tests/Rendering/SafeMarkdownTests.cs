using Docket.Web.Rendering;

namespace Docket.Web.Tests.Rendering;

public sealed class SafeMarkdownTests
{
    [Theory]
    // The issue template's front matter is for GitHub, not for readers.
    [InlineData("---\nname: Weekly sync\ntitle: 'Weekly sync #001'\n---\n\n## Meeting Details\n", "name: Weekly sync")]
    // Templates leave comments as hints to the note-taker.
    [InlineData("## Outcomes\n\n<!-- Rough notes from agenda items -->\n", "Rough notes")]
    public void ToHtml_TemplateScaffolding_IsNotShown(string markdown, string hidden)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotContain(hidden, html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ManyUnclosedComments_RendersQuicklyAsText()
    {
        var markdown = string.Concat(Enumerable.Repeat("<!-- ", 40_000));

        var started = System.Diagnostics.Stopwatch.StartNew();
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.Contains("&lt;!--", html, StringComparison.Ordinal);
        // Generous bound: a backtracking comment pattern takes minutes here.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"took {started.Elapsed}");
    }

    [Fact]
    public void ToHtml_HeadingsAfterFrontMatter_AreRendered()
    {
        var html = SafeMarkdown.ToHtml("---\ntitle: x\n---\n\n## Meeting Details\n\n- **Location:** TBA\n");

        Assert.Contains("<h2>Meeting Details</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Location:</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<hr", html, StringComparison.Ordinal);
    }
}
