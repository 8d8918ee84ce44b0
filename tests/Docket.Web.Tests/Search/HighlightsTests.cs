using Docket.Web.Features.Search;

namespace Docket.Web.Tests.Search;

public sealed class HighlightsTests
{
    [Theory]
    // The usual snippet: one marked word.
    [InlineData("a \uE000word\uE001 b", "a <mark>word</mark> b")]
    // Markup in the text is encoded as text, and only our own mark is markup.
    [InlineData("<script>\uE000x\uE001</script>", "&lt;script&gt;<mark>x</mark>&lt;/script&gt;")]
    // Text that spells a mark tag stays text.
    [InlineData("&lt;\uE000<mark>\uE001", "&amp;lt;<mark>&lt;mark&gt;</mark>")]
    // A snippet cut after an opening marker: the mark is still closed.
    [InlineData("end \uE000cut", "end <mark>cut</mark>")]
    // A stray closing marker is dropped, not turned into a lone </mark>.
    [InlineData("a\uE001 b", "a b")]
    // Nothing marked.
    [InlineData("plain", "plain")]
    public void ToHtml_Snippet_EncodesTextThenMarks(string snippet, string html)
    {
        Assert.Equal(html, Highlights.ToHtml(snippet));
    }

    [Fact]
    public void Runs_TwoMarkedWords_AlternatePlainAndHighlighted()
    {
        var runs = Highlights.Runs("\uE000a\uE001 and \uE000b\uE001");

        Assert.Equal([new HighlightRun("a", true), new HighlightRun(" and ", false), new HighlightRun("b", true)], runs);
    }
}
