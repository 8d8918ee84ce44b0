using Docket.Notes.Html;

namespace Docket.Notes.Tests.Html;

public sealed class HtmlTextTests
{
    // Each row is one HTML construct and the Markdown-ish text it must become.
    [Theory]
    [InlineData("<h2>Title</h2><p>a &amp; b</p>", "## Title\n\na & b\n")] // headings and entities
    [InlineData("<p>one\n   two</p>", "one two\n")] // white space folds outside pre
    [InlineData("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", "- a\n  - b\n- c\n")] // nested bullets
    [InlineData("<dl><dt>Present</dt><dd>Ann, Bo</dd><dt>Chair</dt><dd>Cy</dd></dl>", "Present: Ann, Bo\nChair: Cy\n")] // scribe.perl header
    [InlineData("<pre>10:00:00 &lt;a&gt; hi\n10:00:01 &lt;b&gt;  yo</pre>", "10:00:00 <a> hi\n10:00:01 <b>  yo\n")] // pre keeps its lines
    [InlineData("<p>a<br>b</p>", "a\nb\n")] // br breaks the line
    [InlineData("<p>2 < 3 and 4 > 1</p>", "2 < 3 and 4 > 1\n")] // a bare angle bracket is text
    [InlineData("<p title=\"x > y\">kept</p>", "kept\n")] // '>' inside a quoted attribute
    [InlineData("<p>https://<wbr>example.org/<wbr>a</p>", "https://example.org/a\n")] // wbr adds nothing
    [InlineData("<p>a<!-- secret --> b</p>", "a b\n")] // comments dropped
    [InlineData("<table><tr><td>a</td><td>b</td></tr></table>", "a | b\n")] // table cells on one line
    public void ToText_Constructs_BecomeMarkdownishText(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToText(html));
    }

    // Each row hides script or style content a different way; none of it may reach the text.
    [Theory]
    [InlineData("<p>ok</p><script>alert('pwned')</script>")] // plain script
    [InlineData("<p>ok</p><SCRIPT type=\"text/javascript\">alert('pwned')</SCRIPT >")] // upper case, attributes
    [InlineData("<p>ok</p><script>if (a < b) alert('pwned') </p></script>")] // markup-like text inside
    [InlineData("<p>ok</p><script>alert('pwned')")] // never closed
    [InlineData("<p>ok</p><style>body { color: pwned }</style>")] // style
    [InlineData("<head><title>pwned</title></head><p>ok</p>")] // title is not body text
    [InlineData("<p>ok</p><style/>body { color: pwned }</style>")] // style does not close itself
    [InlineData("<p>ok</p><script><!-- </p> -->alert('pwned')</script>")] // a comment inside script
    public void ToText_ScriptOrStyle_NeverBecomesText(string html)
    {
        var text = HtmlText.ToText(html);

        Assert.DoesNotContain("pwned", text, StringComparison.Ordinal);
        Assert.StartsWith("ok", text, StringComparison.Ordinal);
    }
}
