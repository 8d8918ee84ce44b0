using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Docket.Notes.Reading.Outline;

/// <summary>
/// A notes file as a list of logical lines with their nesting: Markdig reads the Markdown once, and
/// this turns its tree into what people meant, nesting bullets by the column they were typed at
/// (Google Docs exports indent sub-bullets by one space, which CommonMark reads as siblings).
/// </summary>
internal sealed class NotesOutline
{
    private NotesOutline(IReadOnlyList<NoteLine> lines, IReadOnlyDictionary<string, string> frontMatter, int frontMatterEndLine)
    {
        Lines = lines;
        FrontMatter = frontMatter;
        FrontMatterEndLine = frontMatterEndLine;
    }

    public IReadOnlyList<NoteLine> Lines { get; }

    /// <summary>Simple <c>key: value</c> pairs of YAML front matter, keys lower case.</summary>
    public IReadOnlyDictionary<string, string> FrontMatter { get; }

    /// <summary>The last source line of the front matter, 0 when there is none.</summary>
    public int FrontMatterEndLine { get; }

    public static NotesOutline Build(SourceText source)
    {
        var text = MarkdownLimits.Tame(source.Text);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, NotesPipeline.Instance);
        }
        catch (ArgumentException)
        {
            // Markdig refuses nesting past its depth limit: read the same lines with the nesting cut short.
            text = MarkdownLimits.Flatten(text);
            document = Markdown.Parse(text, NotesPipeline.Instance);
        }

        var builder = new Builder(text);
        builder.Walk(document);
        var lines = builder.Lines;
        Nest(lines);
        return new NotesOutline(lines, builder.FrontMatter, builder.FrontMatterEndLine);
    }

    /// <summary>Links every line to its parent and heading, by indentation.</summary>
    private static void Nest(List<NoteLine> lines)
    {
        var open = new List<NoteLine>();
        NoteLine? heading = null;
        foreach (var line in lines)
        {
            line.Heading = heading;
            switch (line.Kind)
            {
                case LineKind.Heading:
                    heading = line;
                    open.Clear();
                    continue;
                case LineKind.Break:
                    open.Clear();
                    continue;
                case LineKind.TableRow or LineKind.Code:
                    continue;
            }

            if (line.Kind == LineKind.Text && line.Indent == 0)
            {
                // A paragraph line outside any list ends the lists above it; a label ("Last week:",
                // "**Attendees:**") becomes the parent of the list that follows it.
                open.Clear();
                if (IsLabel(line.Text))
                {
                    open.Add(line);
                }

                continue;
            }

            while (open.Count > 0 && open[^1].Indent >= line.Indent && !(open[^1].Kind == LineKind.Text && open[^1].Indent == 0))
            {
                open.RemoveAt(open.Count - 1);
            }

            if (open.Count > 0)
            {
                line.Parent = open[^1];
                open[^1].AddChild(line);
            }

            open.Add(line);
        }
    }

    internal static bool IsLabel(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length is > 1 and < 60 && trimmed[^1] == ':';
    }

    private sealed class Builder(string text)
    {
        private readonly string _source = text;
        private readonly int[] _lineStarts = LineStarts(text);

        public List<NoteLine> Lines { get; } = [];

        public Dictionary<string, string> FrontMatter { get; } = new(StringComparer.OrdinalIgnoreCase);

        public int FrontMatterEndLine { get; private set; }

        public void Walk(MarkdownDocument document)
        {
            // Iterative on purpose: 10,000 nested lists must not exhaust the stack.
            var stack = new Stack<(Block Block, bool Quoted)>();
            for (var i = document.Count - 1; i >= 0; i--)
            {
                stack.Push((document[i], false));
            }

            while (stack.Count > 0)
            {
                var (block, quoted) = stack.Pop();
                switch (block)
                {
                    case YamlFrontMatterBlock yaml:
                        ReadFrontMatter(yaml);
                        break;
                    case HeadingBlock heading:
                        AddInlineLines(heading, heading.Inline, LineKind.Heading, heading.Level, indent: 0, quoted, item: null);
                        break;
                    case ParagraphBlock paragraph:
                        var item = paragraph.Parent is ListItemBlock li && li.Count > 0 && li[0] == paragraph ? li : null;
                        AddInlineLines(paragraph, paragraph.Inline, item is null ? LineKind.Text : LineKind.Item, 0,
                            item?.Column ?? IndentOf(paragraph), quoted, item);
                        break;
                    case Table table:
                        AddTable(table, quoted);
                        break;
                    case CodeBlock code:
                        AddRawLines(code, LineKind.Code, quoted);
                        break;
                    case HtmlBlock html:
                        if (html.Type != HtmlBlockType.Comment)
                        {
                            AddRawLines(html, LineKind.Text, quoted, stripTags: true);
                        }

                        break;
                    case ThematicBreakBlock brk:
                        Lines.Add(new NoteLine { Index = Lines.Count, Line = LineOf(brk.Span.Start), Kind = LineKind.Break });
                        break;
                    case LinkReferenceDefinitionGroup:
                        break;
                    case ContainerBlock container:
                        var childQuoted = quoted || container is QuoteBlock;
                        for (var i = container.Count - 1; i >= 0; i--)
                        {
                            stack.Push((container[i], childQuoted));
                        }

                        break;
                }
            }
        }

        private void ReadFrontMatter(YamlFrontMatterBlock yaml)
        {
            FrontMatterEndLine = LineOf(yaml.Span.End);
            foreach (var line in yaml.Lines.Lines)
            {
                var slice = line.Slice.ToString();
                var colon = slice.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || char.IsWhiteSpace(slice[0]))
                {
                    continue;
                }

                var value = slice[(colon + 1)..].Trim();
                var hash = value.IndexOf(" #", StringComparison.Ordinal);
                if (hash >= 0 && !value.StartsWith('\'') && !value.StartsWith('"'))
                {
                    value = value[..hash].TrimEnd();
                }

                FrontMatter[slice[..colon].Trim()] = value.Trim('\'', '"').Trim();
            }
        }

        private void AddTable(Table table, bool quoted)
        {
            IReadOnlyList<string> header = [];
            foreach (var rowBlock in table)
            {
                if (rowBlock is not TableRow row)
                {
                    continue;
                }

                var cells = new List<string>(row.Count);
                var links = new List<string>();
                foreach (var cellBlock in row)
                {
                    var cellText = new StringBuilder();
                    if (cellBlock is TableCell cell)
                    {
                        foreach (var part in cell)
                        {
                            if (part is LeafBlock { Inline: { } inline })
                            {
                                cellText.Append(InlineText(inline, links));
                            }
                        }
                    }

                    cells.Add(cellText.ToString().Trim());
                }

                if (row.IsHeader)
                {
                    header = cells;
                    continue;
                }

                var line = new NoteLine
                {
                    Index = Lines.Count,
                    Line = LineOf(row.Span.Start),
                    Kind = LineKind.TableRow,
                    Cells = cells,
                    TableHeader = header,
                    Quoted = quoted,
                    Text = string.Join(" | ", cells),
                };
                line.MatchText = line.Text;
                line.Links.AddRange(links);
                Lines.Add(line);
            }
        }

        private void AddRawLines(LeafBlock block, LineKind kind, bool quoted, bool stripTags = false)
        {
            var first = LineOf(block.Span.Start);
            var lines = block.Lines.Lines;
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var raw = lines[i].Slice.ToString();
                var content = stripTags ? HtmlTags.Strip(raw) : raw;
                if (string.IsNullOrWhiteSpace(content))
                {
                    continue;
                }

                var trimmed = content.TrimStart();
                var lineText = trimmed.TrimEnd();
                Lines.Add(new NoteLine
                {
                    Index = Lines.Count,
                    Line = first + i,
                    Kind = kind,
                    Indent = block.Column + content.Length - trimmed.Length,
                    Quoted = quoted,
                    Text = lineText,
                    MatchText = lineText,
                });
            }
        }

        // One pass over a paragraph's inlines builds its lines. The buffers are reused from paragraph to
        // paragraph: this runs for every line of every file, and allocation was most of its cost.
        private readonly StringBuilder _segment = new();
        private readonly StringBuilder _segmentMatch = new();
        private readonly List<string> _segmentLinks = [];
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _match = new();
        private int _segmentLine;
        private int _plain;
        private int _strong;
        private int _struck;
        private bool _segmentMasked;
        private bool _segmentHardBreak;
        private bool? _segmentTask;

        // The paragraph being turned into lines.
        private NoteLine? _current;
        private bool _masked;
        private bool _hardBreakBefore;
        private bool _firstSegment;
        private LineKind _kind;
        private int _level;
        private int _indent;
        private bool _quoted;
        private ListItemBlock? _item;

        private void AddInlineLines(LeafBlock block, ContainerInline? inline, LineKind kind, int level, int indent, bool quoted, ListItemBlock? item)
        {
            if (inline is null)
            {
                return;
            }

            (_kind, _level, _indent, _quoted, _item) = (kind, level, indent, quoted, item);
            _current = null;
            _masked = false;
            _hardBreakBefore = false;
            _firstSegment = true;
            WalkInlines(inline, splitLines: true);
            EndSegment();
            if (_current is not null)
            {
                Finish(_current);
            }

            _ = block;
        }

        /// <summary>Plain text of inline content on one line (a table cell), links collected.</summary>
        private string InlineText(ContainerInline inline, List<string> links)
        {
            WalkInlines(inline, splitLines: false);
            var text = _segment.ToString().Trim();
            links.AddRange(_segmentLinks);
            ResetSegment();
            return text;
        }

        private void WalkInlines(ContainerInline root, bool splitLines)
        {
            var stack = _stack;
            stack.Clear();
            PushChildren(stack, root, false, false);
            var first = true;
            var lineStart = int.MaxValue;
            var lineEnd = int.MinValue;
            var lineNumber = 1;
            _segmentLine = 0;
            while (stack.Count > 0)
            {
                var (inline, strong, struck) = stack.Pop();
                var offset = inline.Span.Start;
                if (offset >= 0 && (offset < lineStart || offset >= lineEnd))
                {
                    lineNumber = LineOf(offset);
                    lineStart = _lineStarts[lineNumber - 1];
                    lineEnd = lineNumber < _lineStarts.Length ? _lineStarts[lineNumber] : int.MaxValue;
                }

                if (_segmentLine == 0)
                {
                    _segmentLine = lineNumber;
                }
                else if (splitLines && offset >= 0 && lineNumber != _segmentLine && inline is not LineBreakInline)
                {
                    EndSegment();
                    _segmentLine = lineNumber;
                }

                switch (inline)
                {
                    case LiteralInline literal:
                        Append(literal.Content.AsSpan(), strong, struck);
                        break;
                    case CodeInline code:
                        // A code span hides what is in it from the marker rules, unless it is itself a marker: `[TODO]`.
                        var marker = LineShapes.IsBracketMarker(code.Content);
                        _segment.Append(code.Content);
                        if (marker)
                        {
                            _segmentMatch.Append(code.Content);
                        }
                        else
                        {
                            _segmentMatch.Append(' ', code.Content.Length);
                            _segmentMasked = true;
                        }

                        Count(code.Content, strong, struck);
                        break;
                    case AutolinkInline autolink:
                        Append(autolink.Url, strong, struck);
                        if (!autolink.IsEmail)
                        {
                            _segmentLinks.Add(autolink.Url);
                        }

                        break;
                    case LinkInline { IsImage: true }:
                        break;
                    case LinkInline link:
                        if (link.Reference is null && !string.IsNullOrEmpty(link.Url) && !link.Url.StartsWith('#'))
                        {
                            _segmentLinks.Add(link.Url);
                        }

                        PushChildren(stack, link, strong, struck);
                        break;
                    case HtmlEntityInline entity:
                        Append(entity.Transcoded.AsSpan(), strong, struck);
                        break;
                    case LineBreakInline lineBreak:
                        _segmentHardBreak = lineBreak.IsHard;
                        break;
                    case TaskList task:
                        if (first)
                        {
                            _segmentTask = task.Checked;
                        }
                        else
                        {
                            Append(task.Checked ? "[x]" : "[ ]", strong, struck);
                        }

                        break;
                    case EmphasisInline emphasis:
                        PushChildren(stack, emphasis,
                            strong || (emphasis.DelimiterCount >= 2 && emphasis.DelimiterChar is '*' or '_'),
                            struck || emphasis.DelimiterChar == '~');
                        break;
                    case HtmlInline html when IsNickTag(html.Tag):
                        Append(html.Tag, strong, struck); // "<Ege> text" in pasted IRC minutes: a speaker, not HTML
                        break;
                    case HtmlInline:
                        break;
                    case ContainerInline container:
                        PushChildren(stack, container, strong, struck);
                        break;
                }

                first = false;
            }
        }

        private static readonly HashSet<string> HtmlElements = new(StringComparer.OrdinalIgnoreCase)
        {
            "a", "abbr", "b", "big", "blockquote", "br", "center", "cite", "code", "dd", "del", "details", "div", "dl", "dt", "em",
            "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "input", "ins", "kbd", "li", "mark", "ol", "p",
            "pre", "q", "s", "samp", "script", "small", "span", "strike", "strong", "style", "sub", "summary", "sup", "table",
            "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var", "video", "audio", "source", "label", "button",
            "form", "select", "option", "textarea", "svg", "math", "nav", "section", "article", "header", "footer", "main", "aside",
            "figure", "figcaption", "time", "wbr", "picture", "object", "embed", "noscript", "caption", "col", "colgroup",
        };

        private static bool IsNickTag(string tag)
        {
            if (tag.Length is < 3 or > 34 || tag[0] != '<' || tag[^1] != '>' || !char.IsLetter(tag[1]))
            {
                return false;
            }

            var name = tag.AsSpan(1, tag.Length - 2);
            foreach (var c in name)
            {
                if (!char.IsLetterOrDigit(c) && c is not '_' and not '-' and not '.' and not '|')
                {
                    return false;
                }
            }

            return !HtmlElements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
        }

        private void Append(ReadOnlySpan<char> text, bool strong, bool struck)
        {
            _segment.Append(text);
            _segmentMatch.Append(text);
            Count(text, strong, struck);
        }

        private void Count(ReadOnlySpan<char> text, bool strong, bool struck)
        {
            var letters = text.Length - text.Count(' ');
            if (strong)
            {
                _strong += letters;
            }
            else
            {
                _plain += letters;
            }

            if (struck)
            {
                _struck += letters;
            }
        }

        private void ResetSegment()
        {
            _segment.Clear();
            _segmentMatch.Clear();
            _segmentLinks.Clear();
            _plain = _strong = _struck = 0;
            _segmentMasked = false;
            _segmentHardBreak = false;
            _segmentTask = null;
        }

        /// <summary>A source line of the paragraph is complete: it continues the line before it or starts a new one.</summary>
        private void EndSegment()
        {
            if (_segmentLine == 0)
            {
                return;
            }

            var bold = _strong > 0 && _plain == 0;
            var struckThrough = _struck > 0 && _struck == _plain + _strong;
            var trimmed = Trimmed(_segment);
            var trimmedMatch = _segmentMasked ? Trimmed(_segmentMatch) : trimmed;
            var task = _segmentTask;
            var hardBreakAfter = _segmentHardBreak;
            var line = _segmentLine;
            var first = _firstSegment;
            _firstSegment = false;

            if (_current is not null && _kind != LineKind.Heading)
            {
                var bullet = PseudoBullet(trimmed);
                if (bullet == 0 && !_hardBreakBefore && !StartsNewThought(trimmed))
                {
                    // A wrapped line: the same sentence goes on (up to a sane length for one logical line).
                    if (_text.Length < MarkdownLimits.MaxLineLength)
                    {
                        AppendWord(_text, trimmed);
                        AppendWord(_match, trimmedMatch);
                        _whole = null;
                        _masked |= _segmentMasked;
                        _current.Links.AddRange(_segmentLinks);
                    }

                    _current.Bold &= bold;
                    _current.Struck &= struckThrough;
                }
                else
                {
                    Finish(_current);
                    var column = ColumnOf(line);
                    var detail = bullet > 0 && trimmed.StartsWith("--", StringComparison.Ordinal);
                    // "This week:" typed right under a list, with no blank line: a label of its own, not part of the item.
                    var lazyLabel = bullet == 0 && _item is not null && column <= _item.Column && IsLabel(trimmed);
                    _current = new NoteLine
                    {
                        Index = Lines.Count,
                        Line = line,
                        Kind = bullet > 0 ? LineKind.Item : LineKind.Text,
                        // Inside a list item, a new thought nests under the item; a pseudo-bullet nests by its column.
                        Indent = lazyLabel ? 0 : bullet > 0 && !detail ? (_item is not null ? column : Math.Max(1, column))
                            : _item is not null ? Math.Max(_indent + 1, column) : bullet > 0 ? Math.Max(1, column) : 0,
                        Detail = detail,
                        Quoted = _quoted,
                        Bold = bold,
                        Struck = struckThrough,
                    };
                    _text.Append(trimmed.AsSpan(bullet).TrimStart());
                    _whole = bullet == 0 ? trimmed : null;
                    _match.Append(trimmedMatch.AsSpan(Math.Min(bullet, trimmedMatch.Length)).TrimStart());
                    _masked = _segmentMasked;
                    _current.Links.AddRange(_segmentLinks);
                    Lines.Add(_current);
                }
            }
            else if (trimmed.Length > 0 || task is not null)
            {
                if (_current is not null)
                {
                    Finish(_current);
                }

                _current = new NoteLine
                {
                    Index = Lines.Count,
                    Line = line,
                    Kind = _kind,
                    Level = _level,
                    Indent = _kind == LineKind.Text ? 0 : _indent,
                    Quoted = _quoted,
                    Task = _item is not null && first ? task : null,
                    Bold = bold,
                    Struck = struckThrough,
                };
                _text.Append(trimmed);
                _whole = trimmed;
                _match.Append(trimmedMatch);
                _masked = _segmentMasked;
                _current.Links.AddRange(_segmentLinks);
                Lines.Add(_current);
            }

            _hardBreakBefore = hardBreakAfter;
            ResetSegment();
        }

        /// <summary><c>builder.ToString().Trim()</c> without the untrimmed copy.</summary>
        private static string Trimmed(StringBuilder builder)
        {
            var start = 0;
            var end = builder.Length;
            while (start < end && char.IsWhiteSpace(builder[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(builder[end - 1]))
            {
                end--;
            }

            return builder.ToString(start, end - start);
        }

        private static void AppendWord(StringBuilder builder, string part)
        {
            if (part.Length == 0)
            {
                return;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        // The text of a line made of one segment is that segment's string: no second copy.
        private string? _whole;

        private void Finish(NoteLine line)
        {
            line.Text = _whole ?? _text.ToString();
            _whole = null;
            line.MatchText = _masked ? _match.ToString() : line.Text;
            _text.Clear();
            _match.Clear();
            _masked = false;
        }

        private readonly List<Inline> _children = [];
        private readonly Stack<(Inline, bool, bool)> _stack = new();

        private void PushChildren(Stack<(Inline, bool, bool)> stack, ContainerInline container, bool strong, bool struck)
        {
            // Pushed last-first so they pop in document order.
            _children.Clear();
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                _children.Add(child);
            }

            for (var i = _children.Count - 1; i >= 0; i--)
            {
                stack.Push((_children[i], strong, struck));
            }
        }

        private int LineOf(int offset)
        {
            var index = _lineStarts.AsSpan().BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        private int ColumnOf(int line)
        {
            var start = _lineStarts[line - 1];
            var column = 0;
            for (var i = start; i < _source.Length && _source[i] is ' ' or '\t'; i++)
            {
                column += _source[i] == '\t' ? 4 - (column % 4) : 1;
            }

            return column;
        }

        private int IndentOf(Block block) => block.Span.Start >= 0 ? ColumnOf(LineOf(block.Span.Start)) : block.Column;

        private static int[] LineStarts(string text)
        {
            var starts = new int[text.AsSpan().Count('\n') + 1];
            var n = 1;
            for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                starts[n++] = i + 1;
            }

            return starts;
        }

        /// <summary>The length of a bullet people type that Markdown does not read as one (<c>** NOTE:</c>, <c>-> item</c>, <c>• item</c>).</summary>
        private static int PseudoBullet(string text)
        {
            var span = text.AsSpan();
            var i = 0;
            if (span.StartsWith("->") || span.StartsWith("=>"))
            {
                i = 2;
            }
            else if (span.Length > 0 && span[0] is '•' or '·' or '◦' or '▪')
            {
                i = 1;
            }
            else if (span.StartsWith("--") && span.Length > 2 && char.IsLetter(span[2]))
            {
                return 2; // "--name": a form field listed under an item
            }
            else
            {
                while (i < span.Length && i < 3 && span[i] is '*' or '-' or '+')
                {
                    i++;
                }
            }

            return i > 0 && i < span.Length && span[i] == ' ' ? i + 1 : 0;
        }

        /// <summary>A line that does not continue the sentence before it: a field, a marker, a speaker.</summary>
        private static bool StartsNewThought(string text) => LineShapes.StartsNewThought(text);
    }
}
