using System.Net;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Docket.Web.Rendering;

/// <summary>
/// Turns user Markdown (notes, topics, names) into HTML that cannot run anything. Defence in depth:
/// Markdig with raw HTML off and no generic attributes; links and images rewritten to an allow-list
/// of schemes; then HtmlSanitizer with an explicit allow-list policy (not its defaults); and the
/// page's CSP forbids inline script anyway. Oversized or deeply nested input is shown as plain text.
/// </summary>
public static partial class SafeMarkdown
{
    /// <summary>Input larger than this is not rendered as Markdown (a meeting's notes are far smaller).</summary>
    public const int MaxInputChars = 256 * 1024;

    /// <summary>Deeper nesting (lists in quotes in lists...) is a pathological input, not notes.</summary>
    public const int MaxNesting = 32;

    /// <summary>HTML larger than this is dropped for the plain text.</summary>
    public const int MaxOutputChars = 2 * 1024 * 1024;

    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return "";
        }

        if (markdown.Length > MaxInputChars)
        {
            return PlainText(markdown[..MaxInputChars] + "\n…");
        }

        // Templates leave HTML comments as hints to the note-taker; they are not shown, as on GitHub.
        var document = Markdown.Parse(HtmlComment().Replace(markdown, ""), Pipeline);
        if (Depth(document) > MaxNesting)
        {
            return PlainText(markdown);
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsAllowed(link.Url))
            {
                link.Url = "";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsAllowed(link.Url))
            {
                link.Url = "";
            }
        }

        var html = Sanitizer.Sanitize(document.ToHtml(Pipeline));
        return html.Length <= MaxOutputChars ? html : PlainText(markdown);
    }

    /// <summary>Escaped text in a paragraph: what a user sees when their input cannot be rendered.</summary>
    public static string PlainText(string text) => "<pre class=\"plain\">" + WebUtility.HtmlEncode(text) + "</pre>";

    /// <summary>Absolute http(s) or mailto, or a relative link into this site; anything else (javascript:, data:, vbscript:) is dropped.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = url.Trim();
        // Protocol-relative (//evil.example), and the backslash spellings browsers read the same way.
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('\\') || trimmed.StartsWith("/\\", StringComparison.Ordinal))
        {
            return false;
        }

        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && !trimmed.StartsWith('/'))
        {
            return LinkSchemes.Contains(absolute.Scheme, StringComparer.OrdinalIgnoreCase);
        }

        // Relative: no scheme at all (a colon before any slash would be one, however it is spelled).
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    private static int Depth(MarkdownObject node)
    {
        var deepest = 0;
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((node, 0));
        while (stack.Count > 0)
        {
            var (current, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            if (deepest > MaxNesting)
            {
                return deepest;
            }

            if (current is ContainerBlock blocks)
            {
                foreach (var child in blocks)
                {
                    stack.Push((child, depth + 1));
                }
            }
            else if (current is LeafBlock { Inline: { } inline })
            {
                stack.Push((inline, depth + 1));
            }
            else if (current is ContainerInline inlines)
            {
                foreach (var child in inlines)
                {
                    stack.Push((child, depth + 1));
                }
            }
        }

        return deepest;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        // Exactly what our Markdown pipeline emits, nothing more.
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                "em", "strong", "del", "ins", "mark", "sub", "sup", "ul", "ol", "li", "a", "img",
                "table", "thead", "tbody", "tr", "th", "td", "input",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "start", "type", "checked", "disabled", "align",
            },
            AllowedSchemes = new HashSet<string>(LinkSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };

        // Task-list checkboxes are the only inputs, and they are read-only.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "INPUT" } input
                && (input.GetAttribute("type") != "checkbox" || !input.HasAttribute("disabled")))
            {
                input.Remove();
            }
            else if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } anchor)
            {
                anchor.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }

    [System.Text.RegularExpressions.GeneratedRegex("<!--.*?-->", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.NonBacktracking)]
    private static partial System.Text.RegularExpressions.Regex HtmlComment();
}
