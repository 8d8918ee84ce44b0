using System.Net;
using System.Text;

namespace Docket.Notes.Html;

/// <summary>
/// Turns an HTML page into Markdown-ish text in one linear pass, without a DOM: tags dropped, entities decoded,
/// block elements on their own lines, <c>h1</c>–<c>h6</c> as <c>#</c> headings, <c>li</c> as <c>- </c> bullets,
/// <c>&lt;dt&gt;Present&lt;/dt&gt;&lt;dd&gt;a, b&lt;/dd&gt;</c> as <c>Present: a, b</c>, <c>pre</c> kept line for line.
/// Script, style, template and title content never reaches the text, even when the page is cut off.
/// </summary>
internal static class HtmlText
{
    // Raw-text elements: everything up to the closing tag is their content, whatever it looks like; "<style/>"
    // does not close itself in HTML.
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "title", "noscript", "textarea", "iframe", "noembed", "noframes", "xmp",
    };

    // Embedded content that is not text for notes; these may close themselves ("<svg/>").
    private static readonly HashSet<string> Embedded = new(StringComparer.OrdinalIgnoreCase) { "svg", "math", "object" };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "nav", "main", "aside", "blockquote", "table", "ul", "ol",
        "dl", "pre", "hr", "address", "figure", "figcaption", "form", "fieldset", "details", "summary", "body", "html",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "tr", "dd", "caption", "thead", "tbody", "tfoot",
    };

    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var writer = new Writer(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                writer.Text(html.AsSpan(i));
                break;
            }

            writer.Text(html.AsSpan(i, lt - i));
            i = ReadMarkup(html, lt, writer);
        }

        return writer.ToString();
    }

    // Handles the markup at html[lt] == '<' and returns where the text goes on.
    private static int ReadMarkup(string html, int lt, Writer writer)
    {
        if (lt + 1 >= html.Length)
        {
            writer.Text("<");
            return html.Length;
        }

        var next = html[lt + 1];
        if (html.AsSpan(lt).StartsWith("<!--"))
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        if (next is '!' or '?')
        {
            var close = html.IndexOf('>', lt);
            return close < 0 ? html.Length : close + 1;
        }

        var closing = next == '/';
        var nameStart = lt + (closing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            // "a < b", "<3": a literal angle bracket, not markup.
            writer.Text("<");
            return lt + 1;
        }

        var end = EndOfTag(html, nameEnd);
        if (end < 0)
        {
            return html.Length;
        }

        var name = html[nameStart..nameEnd].ToLowerInvariant();
        if (!closing && (RawText.Contains(name) || (Embedded.Contains(name) && html[end - 2] != '/')))
        {
            var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return html.Length;
            }

            var after = html.IndexOf('>', close);
            return after < 0 ? html.Length : after + 1;
        }

        writer.Tag(name, closing);
        return end;
    }

    // The index after the tag's '>', skipping quoted attribute values; -1 when the tag never closes.
    private static int EndOfTag(string html, int i)
    {
        char quote = '\0';
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return -1;
    }

    private sealed class Writer(int capacity)
    {
        private readonly StringBuilder _out = new(capacity);
        private readonly StringBuilder _line = new();
        private int _pre;
        private int _lists;
        private bool _blankPending;
        private bool _afterTerm;

        public void Text(ReadOnlySpan<char> raw)
        {
            if (raw.IsEmpty)
            {
                return;
            }

            // Every run between tags is decoded whole: an entity cannot straddle a tag.
            var text = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : raw.ToString();
            if (_pre > 0)
            {
                var lines = text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                    {
                        EndLine();
                    }

                    _line.Append(lines[i].TrimEnd('\r'));
                }

                return;
            }

            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (_line.Length > 0 && _line[^1] != ' ')
                    {
                        _line.Append(' ');
                    }
                }
                else
                {
                    _line.Append(c);
                }
            }
        }

        public void Tag(string name, bool closing)
        {
            switch (name)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Paragraph();
                    if (!closing)
                    {
                        _line.Append('#', name[1] - '0').Append(' ');
                    }

                    return;
                case "li":
                    EndLine();
                    if (!closing)
                    {
                        _line.Append(' ', 2 * Math.Max(0, _lists - 1)).Append("- ");
                    }

                    return;
                case "ul" or "ol":
                    _lists = Math.Max(0, _lists + (closing ? -1 : 1));
                    if (_lists == 0 || (!closing && _lists == 1))
                    {
                        Paragraph();
                    }
                    else
                    {
                        EndLine();
                    }

                    return;
                case "dt":
                    if (closing)
                    {
                        TrimLineEnd();
                        _line.Append(": ");
                        _afterTerm = true;
                    }
                    else
                    {
                        EndLine();
                    }

                    return;
                case "dd":
                    if (!closing && _afterTerm)
                    {
                        _afterTerm = false;
                        return;
                    }

                    EndLine();
                    return;
                case "pre":
                    Paragraph();
                    _pre = Math.Max(0, _pre + (closing ? -1 : 1));
                    return;
                case "td" or "th":
                    if (!closing && _line.Length > 0 && !_line.ToString().EndsWith("| ", StringComparison.Ordinal))
                    {
                        TrimLineEnd();
                        _line.Append(" | ");
                    }

                    return;
                default:
                    break;
            }

            if (Paragraphs.Contains(name))
            {
                Paragraph();
            }
            else if (Lines.Contains(name))
            {
                EndLine();
            }
        }

        public override string ToString()
        {
            EndLine();
            return _out.ToString();
        }

        private void TrimLineEnd()
        {
            while (_line.Length > 0 && _line[^1] == ' ')
            {
                _line.Length--;
            }
        }

        private void EndLine()
        {
            _afterTerm = false;
            TrimLineEnd();
            var blank = _line.Length == 0 || IsOnlyMarker();
            if (!blank || _pre > 0)
            {
                if (_blankPending && _out.Length > 0)
                {
                    _out.Append('\n');
                }

                _blankPending = false;
                _out.Append(_line).Append('\n');
            }

            _line.Clear();
        }

        private void Paragraph()
        {
            EndLine();
            _blankPending = true;
        }

        // A bullet or heading marker with no words after it is an empty element: drop it.
        private bool IsOnlyMarker()
        {
            for (var i = 0; i < _line.Length; i++)
            {
                if (_line[i] is not (' ' or '-' or '#'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
