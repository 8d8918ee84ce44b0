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
        private readonly string _text = text;
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
                                foreach (var fragment in Fragments(inline))
                                {
                                    cellText.Append(fragment.Text);
                                    links.AddRange(fragment.Links);
                                }
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
                Lines.Add(new NoteLine
                {
                    Index = Lines.Count,
                    Line = first + i,
                    Kind = kind,
                    Indent = block.Column + content.Length - trimmed.Length,
                    Quoted = quoted,
                    Text = trimmed.TrimEnd(),
                    MatchText = trimmed.TrimEnd(),
                });
            }
        }

        private void AddInlineLines(LeafBlock block, ContainerInline? inline, LineKind kind, int level, int indent, bool quoted, ListItemBlock? item)
        {
            if (inline is null)
            {
                return;
            }

            var fragments = Fragments(inline);
            NoteLine? current = null;
            var text = new StringBuilder();
            var match = new StringBuilder();
            var hardBreakBefore = false;
            for (var f = 0; f < fragments.Count; f++)
            {
                var fragment = fragments[f];
                var trimmed = fragment.Text.ToString().Trim();
                var trimmedMatch = fragment.MatchText.ToString().Trim();
                if (current is not null && kind != LineKind.Heading)
                {
                    var bullet = PseudoBullet(trimmed);
                    var startsThought = bullet > 0 || hardBreakBefore || StartsNewThought(trimmed);
                    if (!startsThought)
                    {
                        // A wrapped line: the same sentence goes on (up to a sane length for one logical line).
                        if (text.Length < MarkdownLimits.MaxLineLength)
                        {
                            Append(text, trimmed);
                            Append(match, trimmedMatch);
                            current.Links.AddRange(fragment.Links);
                        }

                        current.Bold &= fragment.IsBold;
                        current.Struck &= fragment.IsStruck;
                        hardBreakBefore = fragment.HardBreakAfter;
                        continue;
                    }

                    Finish(current, text, match);
                    var column = ColumnOf(fragment.Line);
                    var detail = bullet > 0 && trimmed.StartsWith("--", StringComparison.Ordinal);
                    var nested = new NoteLine
                    {
                        Index = Lines.Count,
                        Line = fragment.Line,
                        Kind = bullet > 0 ? LineKind.Item : LineKind.Text,
                        // Inside a list item, a new thought nests under the item; a pseudo-bullet nests by its column.
                        Indent = bullet > 0 && !detail ? (item is not null ? column : Math.Max(1, column)) : item is not null ? Math.Max(indent + 1, column) : bullet > 0 ? Math.Max(1, column) : 0,
                        Detail = detail,
                        Quoted = quoted,
                        Bold = fragment.IsBold,
                        Struck = fragment.IsStruck,
                    };
                    text.Append(trimmed.AsSpan(bullet).TrimStart());
                    match.Append(trimmedMatch.AsSpan(Math.Min(bullet, trimmedMatch.Length)).TrimStart());
                    nested.Links.AddRange(fragment.Links);
                    Lines.Add(nested);
                    current = nested;
                    hardBreakBefore = fragment.HardBreakAfter;
                    continue;
                }

                if (trimmed.Length == 0 && fragment.Task is null)
                {
                    hardBreakBefore = fragment.HardBreakAfter;
                    continue;
                }

                if (current is not null)
                {
                    Finish(current, text, match);
                }

                current = new NoteLine
                {
                    Index = Lines.Count,
                    Line = fragment.Line,
                    Kind = kind,
                    Level = level,
                    Indent = kind == LineKind.Text ? 0 : indent,
                    Quoted = quoted,
                    Task = item is not null && f == 0 ? fragment.Task : null,
                    Bold = fragment.IsBold,
                    Struck = fragment.IsStruck,
                };
                text.Append(trimmed);
                match.Append(trimmedMatch);
                current.Links.AddRange(fragment.Links);
                Lines.Add(current);
                hardBreakBefore = fragment.HardBreakAfter;
            }

            if (current is not null)
            {
                Finish(current, text, match);
            }

            _ = block;
        }

        private static void Append(StringBuilder builder, string part)
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

        private static void Finish(NoteLine line, StringBuilder text, StringBuilder match)
        {
            line.Text = text.ToString();
            line.MatchText = match.ToString();
            text.Clear();
            match.Clear();
        }

        /// <summary>The inline content split by source line, with emphasis and link syntax removed.</summary>
        private List<Fragment> Fragments(ContainerInline root)
        {
            var fragments = new List<Fragment>();
            Fragment? current = null;
            var stack = new Stack<(Inline Inline, bool Strong, bool Struck)>();
            PushChildren(stack, root, false, false);
            var first = true;
            while (stack.Count > 0)
            {
                var (inline, strong, struck) = stack.Pop();
                var line = inline.Span.Start >= 0 ? LineOf(inline.Span.Start) : current?.Line ?? 1;
                if (current is null || current.Line != line)
                {
                    if (current is not null && inline is LineBreakInline)
                    {
                        // A break belongs to the line it ends.
                    }
                    else
                    {
                        current = new Fragment(line);
                        fragments.Add(current);
                    }
                }

                switch (inline)
                {
                    case LiteralInline literal:
                        current.Append(literal.Content.AsSpan(), strong, struck);
                        break;
                    case CodeInline code:
                        current.AppendCode(code.Content, strong, struck);
                        break;
                    case AutolinkInline autolink:
                        current.Append(autolink.Url, strong, struck);
                        if (!autolink.IsEmail)
                        {
                            current.Links.Add(autolink.Url);
                        }

                        break;
                    case LinkInline { IsImage: true }:
                        break;
                    case LinkInline link:
                        if (link.Reference is null && !string.IsNullOrEmpty(link.Url) && !link.Url.StartsWith('#'))
                        {
                            current.Links.Add(link.Url);
                        }

                        PushChildren(stack, link, strong, struck);
                        break;
                    case HtmlEntityInline entity:
                        current.Append(entity.Transcoded.AsSpan(), strong, struck);
                        break;
                    case LineBreakInline lineBreak:
                        current.HardBreakAfter = lineBreak.IsHard;
                        break;
                    case TaskList task:
                        if (first)
                        {
                            current.Task = task.Checked;
                        }
                        else
                        {
                            current.Append(task.Checked ? "[x]" : "[ ]", strong, struck);
                        }

                        break;
                    case EmphasisInline emphasis:
                        PushChildren(stack, emphasis,
                            strong || (emphasis.DelimiterCount >= 2 && emphasis.DelimiterChar is '*' or '_'),
                            struck || emphasis.DelimiterChar == '~');
                        break;
                    case HtmlInline:
                        break;
                    case ContainerInline container:
                        PushChildren(stack, container, strong, struck);
                        break;
                }

                first = false;
            }

            return fragments;
        }

        private static void PushChildren(Stack<(Inline, bool, bool)> stack, ContainerInline container, bool strong, bool struck)
        {
            var start = stack.Count;
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                stack.Push((child, strong, struck));
            }

            // Reverse what was pushed so children pop in document order.
            var pushed = stack.Count - start;
            if (pushed > 1)
            {
                var buffer = new (Inline, bool, bool)[pushed];
                for (var i = 0; i < pushed; i++)
                {
                    buffer[i] = stack.Pop();
                }

                foreach (var entry in buffer)
                {
                    stack.Push(entry);
                }
            }
        }

        private int LineOf(int offset)
        {
            var index = Array.BinarySearch(_lineStarts, offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        private int ColumnOf(int line)
        {
            var start = _lineStarts[line - 1];
            var column = 0;
            for (var i = start; i < _text.Length && _text[i] is ' ' or '\t'; i++)
            {
                column += _text[i] == '\t' ? 4 - (column % 4) : 1;
            }

            return column;
        }

        private int IndentOf(Block block) => block.Span.Start >= 0 ? ColumnOf(LineOf(block.Span.Start)) : block.Column;

        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                starts.Add(i + 1);
            }

            return [.. starts];
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

    /// <summary>The text of one source line of an inline run.</summary>
    private sealed class Fragment(int line)
    {
        private int _plain;
        private int _strong;
        private int _struck;

        public int Line { get; } = line;

        public StringBuilder Text { get; } = new();

        public StringBuilder MatchText { get; } = new();

        public List<string> Links { get; } = [];

        public bool? Task { get; set; }

        public bool HardBreakAfter { get; set; }

        public bool IsBold => _strong > 0 && _plain == 0;

        public bool IsStruck => _struck > 0 && _struck == _plain + _strong;

        public void Append(ReadOnlySpan<char> text, bool strong, bool struck)
        {
            Text.Append(text);
            MatchText.Append(text);
            Count(text, strong, struck);
        }

        public void AppendCode(string code, bool strong, bool struck)
        {
            Text.Append(code);
            // A code span hides what is in it from the marker rules, unless it is itself a marker: `[TODO]`.
            MatchText.Append(LineShapes.IsBracketMarker(code) ? code : new string(' ', code.Length));
            Count(code, strong, struck);
        }

        private void Count(ReadOnlySpan<char> text, bool strong, bool struck)
        {
            var letters = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    letters++;
                }
            }

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
    }
}
