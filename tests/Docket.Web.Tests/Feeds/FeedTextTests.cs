using System.Text;
using System.Xml;
using System.Xml.Linq;
using Docket.Web.Features.Feeds;

namespace Docket.Web.Tests.Feeds;

public sealed class FeedTextTests
{
    /// <summary>Built at run time: lone surrogates do not survive in attribute arguments.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        // C0 controls XML 1.0 forbids.
        { "a\u0001b\u0008c\u001bd", "abcd" },
        // NUL.
        { "a\0b", "ab" },
        // A lone high surrogate and a lone low one.
        { "a" + (char)0xD800 + "b" + (char)0xDC00 + "c", "abc" },
        // A high surrogate at the very end.
        { "end" + (char)0xDBFF, "end" },
        // The two non-characters at the end of the BMP.
        { "a\uFFFEb\uFFFFc", "abc" },
        // Tab, line feed and carriage return are allowed.
        { "a\tb\nc\rd", "a\tb\nc\rd" },
        // A valid pair (an emoji) is kept whole.
        { "ok \uD83D\uDE00", "ok \uD83D\uDE00" },
        // Markup-looking text is not this class's business: XmlWriter escapes it.
        { "]]> <script>", "]]> <script>" },
    };

    [Theory]
    // Not enumerated at discovery: xunit would carry the strings through UTF-8 and lose the surrogates.
    [MemberData(nameof(Cases), DisableDiscoveryEnumeration = true)]
    public void Clean_Text_KeepsOnlyXmlCharacters(string input, string expected)
    {
        var cleaned = FeedText.Clean(input);

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
