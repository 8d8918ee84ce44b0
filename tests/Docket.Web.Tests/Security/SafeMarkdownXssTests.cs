using Docket.Web.Rendering;

namespace Docket.Web.Tests.Security;

public sealed class SafeMarkdownXssTests
{
    public static TheoryData<string> Vectors => XssVectors.Names();

    [Theory]
    [MemberData(nameof(Vectors))]
    public void ToHtml_OwaspVector_RendersInert(string name)
    {
        var html = SafeMarkdown.ToHtml(XssVectors.Input(name));

        Assert.Empty(HtmlChecks.Problems(html));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void ToHtml_OwaspVectorInsideAListOfNotes_RendersInert(string name)
    {
        // The same input where notes have it: in a list item under a heading.
        var html = SafeMarkdown.ToHtml("# Weekly 2024-03-07\n\n## Notes\n\n- " + XssVectors.Input(name).Replace("\n", "\n  ", StringComparison.Ordinal) + "\n- after\n");

        Assert.Empty(HtmlChecks.Problems(html));
        Assert.Contains("after", HtmlChecks.Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_LiveHtml_AreFound()
    {
        // The checker itself must see what it is there to catch, or every test above passes for nothing.
        Assert.NotEmpty(HtmlChecks.Problems("<p><script>alert(1)</script></p>"));
        Assert.NotEmpty(HtmlChecks.Problems("<img src=x onerror=alert(1)>"));
        Assert.NotEmpty(HtmlChecks.Problems("<a href=\"&#106;avascript:alert(1)\">x</a>"));
        Assert.NotEmpty(HtmlChecks.Problems("<a href=\"java\tscript:alert(1)\">x</a>"));
        Assert.NotEmpty(HtmlChecks.Problems("<a href=\"//evil.example\">x</a>"));
        Assert.NotEmpty(HtmlChecks.Problems("<p style=\"position:fixed\">x</p>"));
        Assert.NotEmpty(HtmlChecks.Problems("<svg><circle/></svg>"));
    }

    [Theory]
    // Ordinary links keep working: the filter is an allow-list, not a ban on links.
    [InlineData("[site](https://example.org/a)", "https://example.org/a")]
    [InlineData("[mail](mailto:a@example.org)", "mailto:a@example.org")]
    [InlineData("<https://example.org/b>", "https://example.org/b")]
    public void ToHtml_SafeLink_IsKept(string markdown, string href)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.Contains(HtmlChecks.Select(html, "a"), a => a.GetAttribute("href") == href);
    }
}
