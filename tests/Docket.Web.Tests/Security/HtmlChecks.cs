using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Docket.Web.Tests.Security;

/// <summary>
/// Strict checks that HTML cannot run anything, read by a real HTML parser (AngleSharp, which
/// HtmlSanitizer uses): no script but our own asset, no on* handlers, no style attributes, no
/// links or sources with a scheme outside http, https and mailto, no frames or plugins.
/// </summary>
internal static class HtmlChecks
{
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    private static readonly string[] UriAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset"];

    public static IReadOnlyList<string> Problems(string html, bool wholePage = false)
    {
        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script")
            {
                // The layout's own htmx, served from this site, is the one script a page may have.
                if (!(wholePage && element.GetAttribute("src") is { } src && src.StartsWith("/assets/", StringComparison.Ordinal) && element.TextContent.Length == 0))
                {
                    problems.Add("script: " + element.OuterHtml);
                }
            }
            else if (name is "iframe" or "frame" or "object" or "embed" or "applet" or "base" or "svg" or "math" or "form" && !(wholePage && name == "form"))
            {
                problems.Add(name + ": " + element.OuterHtml);
            }
            else if (name == "style" || (name == "link" && !(wholePage && element.GetAttribute("href") is { } href && href.StartsWith("/assets/", StringComparison.Ordinal))))
            {
                problems.Add(name + ": " + element.OuterHtml);
            }
            else if (name == "meta" && element.GetAttribute("http-equiv") is not null)
            {
                problems.Add("meta refresh: " + element.OuterHtml);
            }

            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                if (attributeName.StartsWith("on", StringComparison.Ordinal))
                {
                    problems.Add("handler: " + element.OuterHtml);
                }
                else if (attributeName == "style")
                {
                    problems.Add("style: " + element.OuterHtml);
                }
                else if (UriAttributes.Contains(attributeName) && !IsSafeUrl(attribute.Value))
                {
                    problems.Add("url: " + element.OuterHtml);
                }
            }
        }

        return problems;
    }

    /// <summary>http(s), mailto, or a path of this site; the parser has already decoded entities.</summary>
    public static bool IsSafeUrl(string value)
    {
        // Browsers drop ASCII whitespace and controls inside a scheme ("java\tscript:").
        var compact = new string(value.Where(c => c > ' ' && c != '\u007F').ToArray());
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith(@"\\", StringComparison.Ordinal) || compact.StartsWith(@"/\", StringComparison.Ordinal))
        {
            return false;
        }

        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var stop = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (stop >= 0 && stop < colon))
        {
            return true;
        }

        return Schemes.Contains(compact[..colon], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The text a browser would show: whatever a hostile input says must be there only as text.</summary>
    public static string Text(string html) => new HtmlParser().ParseDocument(html).Body?.TextContent ?? "";

    public static IEnumerable<IElement> Select(string html, string selector) => new HtmlParser().ParseDocument(html).QuerySelectorAll(selector);
}
