using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using DotLiquid;

namespace Docket.Meetings.Templates;

/// <summary>
/// Checks a Liquid template against the agenda model before it is ever rendered: every
/// <c>{{ placeholder }}</c> and tag argument must name something the model has, every filter and tag
/// must exist, every block must close. DotLiquid alone would render an unknown name as nothing, so a
/// typo (<c>{{ meeting.dtae }}</c>) would silently blank a field; here it is an error with its line.
/// </summary>
internal sealed partial class TemplateChecker
{
    private const int MaxErrors = 20;

    private static readonly SchemaNode ForLoop = SchemaNode.Object(
        ("index", SchemaNode.Scalar), ("index0", SchemaNode.Scalar), ("rindex", SchemaNode.Scalar), ("rindex0", SchemaNode.Scalar),
        ("first", SchemaNode.Scalar), ("last", SchemaNode.Scalar), ("length", SchemaNode.Scalar));

    private static readonly HashSet<string> Literals = new(StringComparer.Ordinal) { "true", "false", "nil", "null", "empty", "blank" };

    private static readonly Lazy<HashSet<string>> Filters = new(() =>
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in new[] { typeof(StandardFilters), typeof(AgendaFilters) })
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                names.Add(Template.NamingConvention.GetMemberName(method.Name));
            }
        }

        return names;
    });

    private readonly string _source;
    private readonly List<TemplateError> _errors = [];
    private readonly Dictionary<string, SchemaNode> _assigned = new(StringComparer.Ordinal);
    private readonly List<Block> _blocks = [];
    private readonly int[] _lineStarts;

    private TemplateChecker(string source)
    {
        _source = source;
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    private sealed record Block(string Tag, int Line, string? Variable, SchemaNode? Item);

    public static IReadOnlyList<TemplateError> Check(string source)
    {
        var checker = new TemplateChecker(source);
        checker.Run();
        return checker._errors.OrderBy(e => e.Line).Take(MaxErrors).ToList();
    }

    /// <summary>The known filter names, for messages and tests.</summary>
    public static IReadOnlyCollection<string> FilterNames => Filters.Value;

    private void Run()
    {
        var i = 0;
        while (i < _source.Length && _errors.Count < MaxErrors)
        {
            var open = _source.IndexOf('{', i);
            if (open < 0 || open + 1 >= _source.Length)
            {
                break;
            }

            var next = _source[open + 1];
            if (next is not ('{' or '%'))
            {
                i = open + 1;
                continue;
            }

            var closer = next == '{' ? "}}" : "%}";
            var close = _source.IndexOf(closer, open + 2, StringComparison.Ordinal);
            var line = LineOf(open);
            if (close < 0)
            {
                Error(line, next == '{' ? "'{{' is not closed with '}}'" : "'{%' is not closed with '%}'");
                return;
            }

            var markup = _source[(open + 2)..close].Trim().Trim('-').Trim();
            i = close + 2;
            if (next == '{')
            {
                CheckOutput(markup, line);
            }
            else
            {
                i = CheckTag(markup, line, i);
            }
        }

        foreach (var block in _blocks)
        {
            Error(block.Line, $"'{{% {block.Tag} %}}' is not closed with '{{% end{block.Tag} %}}'");
        }
    }

    private void CheckOutput(string markup, int line)
    {
        if (markup.Length == 0)
        {
            Error(line, "'{{ }}' is empty");
            return;
        }

        if (!Tokenize(markup, line, out var tokens))
        {
            return;
        }

        var position = 0;
        CheckFilteredExpression(tokens, ref position, line, markup);
    }

    /// <summary>Checks one tag; returns where scanning goes on (after <c>endraw</c> or <c>endcomment</c> for those).</summary>
    private int CheckTag(string markup, int line, int after)
    {
        var name = TagName().Match(markup).Value;
        var rest = markup[name.Length..].Trim();
        if (name is "raw" or "comment")
        {
            var end = EndTag(name).Match(_source, after);
            if (!end.Success)
            {
                Error(line, $"'{{% {name} %}}' is not closed with '{{% end{name} %}}'");
                return _source.Length;
            }

            return end.Index + end.Length;
        }

        if (!Tokenize(rest, line, out var tokens))
        {
            return after;
        }

        var position = 0;
        switch (name)
        {
            case "if" or "unless":
                CheckCondition(tokens, ref position, line, markup);
                _blocks.Add(new Block(name, line, null, null));
                break;
            case "elsif":
                RequireOpen(line, name, "if");
                CheckCondition(tokens, ref position, line, markup);
                break;
            case "else":
                RequireOpen(line, name, "if", "unless", "for", "case");
                break;
            case "case":
                CheckExpression(tokens, ref position, line, markup);
                _blocks.Add(new Block(name, line, null, null));
                break;
            case "when":
                RequireOpen(line, name, "case");
                CheckValueList(tokens, ref position, line, markup);
                break;
            case "for":
                CheckFor(tokens, line, markup);
                return after;
            case "break" or "continue":
                if (!_blocks.Any(b => b.Tag == "for"))
                {
                    Error(line, $"'{{% {name} %}}' is only allowed inside '{{% for %}}'");
                }

                break;
            case "assign":
                CheckAssign(tokens, line, markup);
                return after;
            case "capture":
                if (tokens.Count != 1 || !IsIdentifier(tokens[0]))
                {
                    Error(line, $"cannot read '{{% {markup} %}}': write '{{% capture name %}}'");
                    return after;
                }

                _assigned[tokens[0]] = SchemaNode.Scalar;
                _blocks.Add(new Block(name, line, null, null));
                return after;
            case "increment" or "decrement":
                if (tokens.Count == 1 && IsIdentifier(tokens[0]))
                {
                    _assigned[tokens[0]] = SchemaNode.Scalar;
                    return after;
                }

                Error(line, $"cannot read '{{% {markup} %}}': write '{{% {name} name %}}'");
                return after;
            case "cycle":
                CheckValueList(tokens, ref position, line, markup);
                break;
            default:
                if (name.StartsWith("end", StringComparison.Ordinal) && name.Length > 3)
                {
                    Close(name[3..], line);
                    position = tokens.Count;
                    break;
                }

                Error(line, name.Length == 0 ? $"cannot read '{{% {markup} %}}'" : $"unknown tag '{name}'");
                return after;
        }

        if (position < tokens.Count)
        {
            Error(line, $"cannot read '{{% {markup} %}}': unexpected '{tokens[position]}'");
        }

        return after;
    }

    private void CheckFor(List<string> tokens, int line, string markup)
    {
        if (tokens.Count < 3 || !IsIdentifier(tokens[0]) || tokens[1] != "in")
        {
            Error(line, $"cannot read '{{% {markup} %}}': write '{{% for item in list %}}'");
            _blocks.Add(new Block("for", line, null, SchemaNode.Any));
            return;
        }

        var position = 2;
        SchemaNode? item = SchemaNode.Any;
        if (tokens[position] == "(")
        {
            // A range: (1..3), (1..topics.size).
            position++;
            CheckOperand(tokens, ref position, line, markup);
            Expect(tokens, ref position, "..", line, markup);
            CheckOperand(tokens, ref position, line, markup);
            Expect(tokens, ref position, ")", line, markup);
            item = SchemaNode.Scalar;
        }
        else
        {
            var start = position;
            var node = CheckPath(tokens, ref position, line);
            if (node is { Kind: SchemaKind.Scalar or SchemaKind.Object })
            {
                Error(line, $"'{string.Concat(tokens[start..position])}' is not a list to loop over");
            }

            item = node?.Kind == SchemaKind.List ? node.Item : SchemaNode.Any;
        }

        while (position < tokens.Count)
        {
            if (tokens[position] == "reversed")
            {
                position++;
            }
            else if (tokens[position] is "limit" or "offset" && position + 1 < tokens.Count && tokens[position + 1] == ":")
            {
                position += 2;
                CheckOperand(tokens, ref position, line, markup);
            }
            else
            {
                Error(line, $"cannot read '{{% {markup} %}}': unexpected '{tokens[position]}'");
                break;
            }
        }

        _blocks.Add(new Block("for", line, tokens[0], item));
    }

    private void CheckAssign(List<string> tokens, int line, string markup)
    {
        if (tokens.Count < 3 || !IsIdentifier(tokens[0]) || tokens[1] != "=")
        {
            Error(line, $"cannot read '{{% {markup} %}}': write '{{% assign name = value %}}'");
            return;
        }

        var position = 2;
        var node = CheckFilteredExpression(tokens, ref position, line, markup);
        _assigned[tokens[0]] = node ?? SchemaNode.Any;
    }

    /// <summary>An expression and its filters; gives the expression's shape when there are no filters.</summary>
    private SchemaNode? CheckFilteredExpression(List<string> tokens, ref int position, int line, string markup)
    {
        var node = CheckOperand(tokens, ref position, line, markup);
        var filtered = false;
        while (position < tokens.Count && tokens[position] == "|")
        {
            filtered = true;
            position++;
            if (position >= tokens.Count || !IsIdentifier(tokens[position]))
            {
                Error(line, $"cannot read '{markup}': a filter name must follow '|'");
                return null;
            }

            var filter = tokens[position++];
            if (!Filters.Value.Contains(filter))
            {
                Error(line, $"unknown filter '{filter}'{Suggest(filter, Filters.Value)}");
            }

            if (position < tokens.Count && tokens[position] == ":")
            {
                position++;
                CheckArguments(tokens, ref position, line, markup);
            }
        }

        if (position < tokens.Count)
        {
            Error(line, $"cannot read '{markup}': unexpected '{tokens[position]}'");
            position = tokens.Count;
        }

        return filtered ? SchemaNode.Any : node;
    }

    private void CheckArguments(List<string> tokens, ref int position, int line, string markup)
    {
        while (true)
        {
            // Keyword arguments (name: value) are passed through; their names are not placeholders.
            if (position + 1 < tokens.Count && IsIdentifier(tokens[position]) && tokens[position + 1] == ":")
            {
                position += 2;
            }

            CheckOperand(tokens, ref position, line, markup);
            if (position < tokens.Count && tokens[position] == ",")
            {
                position++;
                continue;
            }

            return;
        }
    }

    private void CheckCondition(List<string> tokens, ref int position, int line, string markup)
    {
        while (true)
        {
            CheckOperand(tokens, ref position, line, markup);
            if (position < tokens.Count && tokens[position] is "==" or "!=" or "<>" or "<" or ">" or "<=" or ">=" or "contains")
            {
                position++;
                CheckOperand(tokens, ref position, line, markup);
            }

            if (position < tokens.Count && tokens[position] is "and" or "or")
            {
                position++;
                continue;
            }

            return;
        }
    }

    private void CheckExpression(List<string> tokens, ref int position, int line, string markup) =>
        CheckOperand(tokens, ref position, line, markup);

    private void CheckValueList(List<string> tokens, ref int position, int line, string markup)
    {
        while (true)
        {
            CheckOperand(tokens, ref position, line, markup);
            if (position < tokens.Count && tokens[position] is "," or "or")
            {
                position++;
                continue;
            }

            return;
        }
    }

    /// <summary>A literal or a placeholder path; gives the path's shape (null for literals and errors).</summary>
    private SchemaNode? CheckOperand(List<string> tokens, ref int position, int line, string markup)
    {
        if (position >= tokens.Count)
        {
            Error(line, $"cannot read '{markup}': a value is missing");
            return null;
        }

        var token = tokens[position];
        if (token[0] is '\'' or '"' || char.IsAsciiDigit(token[0]) || (token[0] == '-' && token.Length > 1) || Literals.Contains(token))
        {
            position++;
            return null;
        }

        if (!IsIdentifier(token))
        {
            Error(line, $"cannot read '{markup}': unexpected '{token}'");
            position = tokens.Count;
            return null;
        }

        return CheckPath(tokens, ref position, line);
    }

    private SchemaNode? CheckPath(List<string> tokens, ref int position, int line)
    {
        var start = position;
        var root = tokens[position++];
        var node = Lookup(root);
        var failed = node is null;
        if (failed)
        {
            Error(line, $"unknown placeholder '{root}'{Suggest(root, VisibleNames())}");
        }

        while (position < tokens.Count)
        {
            if (tokens[position] == "." && position + 1 < tokens.Count && IsIdentifier(tokens[position + 1]))
            {
                var member = tokens[position + 1];
                position += 2;
                if (!failed)
                {
                    node = Member(node!, member, out var candidates);
                    if (node is null)
                    {
                        failed = true;
                        var path = string.Concat(tokens[start..position]);
                        var prefix = string.Concat(tokens[start..(position - 1)]);
                        var hint = candidates is null ? "" : Suggest(member, candidates, prefix);
                        var listHint = hint.Length == 0 && candidates is null && IsList(tokens, start, position - 2)
                            ? $" ('{string.Concat(tokens[start..(position - 2)])}' is a list: loop over it with '{{% for item in {string.Concat(tokens[start..(position - 2)])} %}}')"
                            : "";
                        Error(line, $"unknown placeholder '{path}'{hint}{listHint}");
                    }
                }
            }
            else if (tokens[position] == "[")
            {
                position++;
                var inner = CheckOperand(tokens, ref position, line, string.Concat(tokens));
                _ = inner;
                if (position >= tokens.Count || tokens[position] != "]")
                {
                    Error(line, $"'[' is not closed with ']' in '{string.Concat(tokens[start..position])}'");
                    return null;
                }

                position++;
                if (!failed)
                {
                    node = node!.Kind switch
                    {
                        SchemaKind.List => node.Item,
                        SchemaKind.Any => SchemaNode.Any,
                        _ => SchemaNode.Any,
                    };
                }
            }
            else
            {
                break;
            }
        }

        return failed ? null : node;
    }

    private bool IsList(List<string> tokens, int start, int end)
    {
        var position = start;
        var node = Lookup(tokens[position++]);
        while (node is not null && position < end)
        {
            if (tokens[position] == ".")
            {
                node = Member(node, tokens[position + 1], out _);
                position += 2;
            }
            else
            {
                return false;
            }
        }

        return node?.Kind == SchemaKind.List;
    }

    /// <summary>The member's shape, or null; <paramref name="candidates"/> are the names that were possible.</summary>
    private static SchemaNode? Member(SchemaNode node, string member, out IReadOnlyCollection<string>? candidates)
    {
        candidates = null;
        switch (node.Kind)
        {
            case SchemaKind.Any:
                return SchemaNode.Any;
            case SchemaKind.Object:
                candidates = [.. node.Members.Keys, "size"];
                return node.Members.TryGetValue(member, out var child) ? child : member == "size" ? SchemaNode.Scalar : null;
            case SchemaKind.List:
                return member switch
                {
                    "size" => SchemaNode.Scalar,
                    "first" or "last" => node.Item,
                    _ => null,
                };
            default:
                candidates = ["size"];
                return member == "size" ? SchemaNode.Scalar : null;
        }
    }

    private SchemaNode? Lookup(string name)
    {
        for (var i = _blocks.Count - 1; i >= 0; i--)
        {
            if (_blocks[i].Variable == name)
            {
                return _blocks[i].Item;
            }
        }

        if (name == "forloop" && _blocks.Any(b => b.Tag == "for"))
        {
            return ForLoop;
        }

        if (_assigned.TryGetValue(name, out var assigned))
        {
            return assigned;
        }

        return LiquidModel.Schema.Members.GetValueOrDefault(name);
    }

    private List<string> VisibleNames()
    {
        var names = new List<string>(LiquidModel.Schema.Members.Keys);
        names.AddRange(_assigned.Keys);
        names.AddRange(_blocks.Where(b => b.Variable is not null).Select(b => b.Variable!));
        if (_blocks.Any(b => b.Tag == "for"))
        {
            names.Add("forloop");
        }

        return names;
    }

    private void RequireOpen(int line, string tag, params string[] blocks)
    {
        if (_blocks.Count == 0 || !blocks.Contains(_blocks[^1].Tag))
        {
            Error(line, $"'{{% {tag} %}}' is outside '{{% {blocks[0]} %}}'");
        }
    }

    private void Close(string tag, int line)
    {
        if (tag is not ("if" or "unless" or "for" or "case" or "capture"))
        {
            Error(line, $"unknown tag 'end{tag}'");
            return;
        }

        if (_blocks.Count == 0)
        {
            Error(line, $"'{{% end{tag} %}}' has no '{{% {tag} %}}' to close");
            return;
        }

        var open = _blocks[^1];
        if (open.Tag != tag)
        {
            Error(line, $"'{{% end{tag} %}}' closes '{{% {open.Tag} %}}' from line {open.Line.ToString(CultureInfo.InvariantCulture)}");
        }

        _blocks.RemoveAt(_blocks.Count - 1);
    }

    private void Expect(List<string> tokens, ref int position, string token, int line, string markup)
    {
        if (position < tokens.Count && tokens[position] == token)
        {
            position++;
            return;
        }

        Error(line, $"cannot read '{{% {markup} %}}': expected '{token}'");
        position = tokens.Count;
    }

    private bool Tokenize(string markup, int line, out List<string> tokens)
    {
        tokens = [];
        var position = 0;
        while (position < markup.Length)
        {
            if (char.IsWhiteSpace(markup[position]))
            {
                position++;
                continue;
            }

            var match = Token().Match(markup, position);
            if (!match.Success || match.Index != position)
            {
                Error(line, $"cannot read '{markup}': unexpected '{markup[position]}'");
                return false;
            }

            tokens.Add(match.Value);
            position += match.Length;
        }

        return true;
    }

    private static bool IsIdentifier(string token) => token.Length > 0 && (char.IsAsciiLetter(token[0]) || token[0] == '_');

    private static string Suggest(string name, IEnumerable<string> candidates, string prefix = "")
    {
        var best = candidates
            .Select(c => (c, distance: Scheduling.TimeZones.Distance(c, name)))
            .Where(x => x.distance <= Math.Max(2, name.Length / 3) && x.distance < name.Length)
            .OrderBy(x => x.distance)
            .ThenBy(x => x.c, StringComparer.Ordinal)
            .Select(x => x.c)
            .FirstOrDefault();
        return best is null ? "" : $" (did you mean '{prefix}{best}'?)";
    }

    private void Error(int line, string message) => _errors.Add(new TemplateError(line, message));

    private int LineOf(int index)
    {
        var line = Array.BinarySearch(_lineStarts, index);
        return (line >= 0 ? line : ~line - 1) + 1;
    }

    [GeneratedRegex(@"^[A-Za-z_]\w*")]
    private static partial Regex TagName();

    [GeneratedRegex(@"'[^']*'|""[^""]*""|-?\d+(?:\.\d+)?|[A-Za-z_][\w-]*\??|==|!=|<>|<=|>=|\.\.|[<>.\[\]|:,()=]")]
    private static partial Regex Token();

    private static Regex EndTag(string name) => name == "raw" ? EndRaw() : EndComment();

    [GeneratedRegex(@"\{%-?\s*endraw\s*-?%\}")]
    private static partial Regex EndRaw();

    [GeneratedRegex(@"\{%-?\s*endcomment\s*-?%\}")]
    private static partial Regex EndComment();
}
