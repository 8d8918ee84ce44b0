using System.Net;
using System.Text.RegularExpressions;

namespace Docket.Notes.Reading;

/// <summary>Plain text out of a line of HTML that sits inside Markdown (a <c>&lt;sup&gt;</c> nav line, a <c>&lt;details&gt;</c> block).</summary>
internal static partial class HtmlTags
{
    [GeneratedRegex(@"<[^>]{0,2000}>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    public static string Strip(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return WebUtility.HtmlDecode(html);
        }

        try
        {
            return WebUtility.HtmlDecode(Tag().Replace(html, " "));
        }
        catch (RegexMatchTimeoutException)
        {
            return "";
        }
    }
}
