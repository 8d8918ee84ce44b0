using System.Text;
using System.Xml;
using System.Xml.Linq;
using Docket.Web.Features.Feeds;

namespace Docket.Web.Tests.Feeds;

public sealed class XmlTextTests
{
    [Theory]
    // C0 controls XML 1.0 forbids.
    [InlineData("a\u0001b\u0008c\u001bd", "abcd")]
    // NUL.
    [InlineData("a\0b", "ab")]
    // A lone high surrogate and a lone low one.
    [InlineData("a\uD800b\uDC00c", "abc")]
    // The two non-characters at the end of the BMP.
    [InlineData("a\uFFFEb\uFFFFc", "abc")]
    // Tab, line feed and carriage return are allowed.
    [InlineData("a\tb\nc\rd", "a\tb\nc\rd")]
    // A valid pair (an emoji) is kept whole.
    [InlineData("ok \uD83D\uDE00", "ok \uD83D\uDE00")]
    // Markup-looking text is not this class's business: XmlWriter escapes it.
    [InlineData("]]> <script>", "]]> <script>")]
    public void Clean_Text_KeepsOnlyXmlCharacters(string input, string expected)
    {
        var cleaned = XmlText.Clean(input);

        Assert.Equal(expected, cleaned);
        // And XmlWriter takes it, and it reads back the same.
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text))
        {
            xml.WriteElementString("t", cleaned);
        }

        Assert.Equal(cleaned.Replace("\r", "\n", StringComparison.Ordinal), XDocument.Parse(text.ToString()).Root!.Value.Replace("\r", "\n", StringComparison.Ordinal));
    }
}
