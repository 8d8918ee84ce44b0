using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Docket.Store.Search.Query;

/// <summary>
/// Reads Docket's search syntax into a <see cref="SearchQuery"/>, so that user text never reaches SQLite FTS5
/// <c>MATCH</c> or PostgreSQL <c>to_tsquery</c> unparsed. Problems in the text are results, never exceptions.
/// </summary>
/// <remarks>
/// <para>The grammar. Pieces are separated by whitespace; a <c>"</c> also ends a piece.</para>
/// <code>
/// query     = piece { piece }
/// piece     = [ "-" ] text | filter | "OR"
/// text      = phrase [ "*" ] | reference | word [ "*" ]
/// phrase    = '"' { any character but '"' } '"'
/// reference = [ [ owner "/" ] repo ] "#" 1*7 digit        e.g. #1211, private#48, owner/repo#12
/// filter    = "who:" value | "kind:" kinds | "series:" value | "since:" date | "until:" date
/// value     = { non-space } | '"' { any character but '"' } '"'
/// kinds     = kind { ( "," | "|" ) kind }
/// kind      = decision | action | question | note | agenda | update, each also with a plural "s"
/// date      = YYYY-MM-DD
/// </code>
/// <list type="bullet">
/// <item>Words are runs of letters and digits of any script; everything else splits them, as a full-text tokenizer
/// would, so <c>gcp-builds</c> is the phrase "gcp builds" and <c>body:secret</c> the phrase "body secret" (only the
/// five filters above are filters). Matching ignores case; words are lowercased.</item>
/// <item>Pieces are all required (AND). <c>OR</c>, in capitals, joins the words or phrases on either side into
/// alternatives and binds tighter: <c>a OR b c</c> is (a or b) and c. A lowercase <c>or</c> is a word.</item>
/// <item>A leading <c>-</c> excludes a word, phrase or reference; a search needs at least one included one.
/// Filters cannot be excluded nor joined with OR.</item>
/// <item>A trailing <c>*</c> makes the word (or a phrase's last word) a prefix; it needs at least
/// <see cref="MinPrefixLength"/> letters before the star.</item>
/// <item><c>who:</c> takes a name with or without '@' (<c>who:@carol</c>, <c>who:"Carol Smith"</c>) and may repeat;
/// <c>kind:</c> may repeat and list several kinds; <c>series:</c>, <c>since:</c> and <c>until:</c> appear once at most.
/// Filter names ignore case.</item>
/// <item>At most <see cref="MaxLength"/> characters and <see cref="MaxTerms"/> words, phrases, references and filters.</item>
/// </list>
/// </remarks>
public static partial class SearchQueryParser
{
    /// <summary>The longest search text accepted, in UTF-16 code units.</summary>
    public const int MaxLength = 1000;

    /// <summary>The most words, phrases, references and filters one search may hold.</summary>
    public const int MaxTerms = 32;

    /// <summary>The fewest letters a prefix needs before its '*': shorter ones match most of the index, and SQLite keeps no prefix index to make them cheap.</summary>
    public const int MinPrefixLength = 3;

    /// <summary>The kinds a search can be limited to, for messages.</summary>
    public const string KindNames = "decision, action, question, note, agenda, update";

    private static readonly FrozenDictionary<string, SearchItemKind> Kinds = new Dictionary<string, SearchItemKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["decision"] = SearchItemKind.Decision,
        ["decisions"] = SearchItemKind.Decision,
        ["action"] = SearchItemKind.Action,
        ["actions"] = SearchItemKind.Action,
        ["question"] = SearchItemKind.Question,
        ["questions"] = SearchItemKind.Question,
        ["note"] = SearchItemKind.Note,
        ["notes"] = SearchItemKind.Note,
        ["agenda"] = SearchItemKind.Agenda,
        ["agendas"] = SearchItemKind.Agenda,
        ["update"] = SearchItemKind.Update,
        ["updates"] = SearchItemKind.Update,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private enum PieceKind
    {
        Term,
        Or,
        Filter,
    }

    private enum Filter
    {
        Who,
        Kind,
        Series,
        Since,
        Until,
    }

    /// <summary>Reads a kind as <c>kind:</c> takes it (<c>decision</c>, <c>actions</c>, ...), for options given apart from the query.</summary>
    public static bool TryParseKind(string name, out SearchItemKind kind) => Kinds.TryGetValue(name.Trim(), out kind);

    /// <summary>Reads <paramref name="input"/>; see the remarks for the grammar.</summary>
    /// <returns>The query, or an error with a message for the user and the column it points at.</returns>
    public static SearchQueryParseResult Parse(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Length > MaxLength)
        {
            return SearchQueryParseResult.Failure(new SearchQueryError(
                $"the search is too long: at most {MaxLength} characters, this one has {input.Length}", MaxLength + 1));
        }

        var reader = new Reader(input);
        var error = reader.ReadAll();
        return error is null ? reader.Assemble() : SearchQueryParseResult.Failure(error);
    }

    [GeneratedRegex(@"^(?:(?:[A-Za-z0-9][A-Za-z0-9_.\-]*/)?[A-Za-z][A-Za-z0-9_.\-]*)?#[0-9]{1,7}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ReferencePattern();

    private readonly record struct Piece(PieceKind Kind, int Column, SearchTerm? Term = null, bool Negated = false);

    private sealed class Reader(string input)
    {
        private readonly string _input = input;
        private readonly List<Piece> _pieces = [];
        private readonly List<string> _who = [];
        private readonly HashSet<SearchItemKind> _kinds = [];
        private (string Value, int Column)? _series;
        private (LocalDate Value, int Column)? _since;
        private (LocalDate Value, int Column)? _until;
        private int _counted;
        private int _filters;

        public SearchQueryError? ReadAll()
        {
            var at = 0;
            while (true)
            {
                while (at < _input.Length && char.IsWhiteSpace(_input[at]))
                {
                    at++;
                }

                if (at >= _input.Length)
                {
                    return null;
                }

                if (ReadPiece(ref at) is { } error)
                {
                    return error;
                }
            }
        }

        public SearchQueryParseResult Assemble()
        {
            var include = new List<SearchClause>();
            var exclude = new List<SearchTerm>();
            List<SearchTerm>? group = null;
            var orColumn = 0;
            Piece? previous = null;
            var firstExcluded = 0;

            void Close()
            {
                if (group is not null)
                {
                    var clause = new SearchClause(group.Distinct().ToImmutableArray());
                    if (!include.Contains(clause))
                    {
                        include.Add(clause);
                    }

                    group = null;
                }
            }

            foreach (var piece in _pieces)
            {
                switch (piece.Kind)
                {
                    case PieceKind.Or:
                        if (orColumn > 0)
                        {
                            return Fail($"OR at column {piece.Column} follows another OR: put a word between them", piece.Column);
                        }

                        if (previous is null)
                        {
                            return Fail($"OR at column {piece.Column} has nothing before it: write a word on each side, like deploy OR release", piece.Column);
                        }

                        if (previous.Value.Kind == PieceKind.Filter)
                        {
                            return OrJoinsFilter(piece.Column);
                        }

                        if (previous.Value.Negated)
                        {
                            return OrJoinsExcluded(piece.Column);
                        }

                        orColumn = piece.Column;
                        break;
                    case PieceKind.Filter:
                        if (orColumn > 0)
                        {
                            return OrJoinsFilter(orColumn);
                        }

                        Close();
                        break;
                    case PieceKind.Term when piece.Negated:
                        if (orColumn > 0)
                        {
                            return OrJoinsExcluded(orColumn);
                        }

                        Close();
                        if (!exclude.Contains(piece.Term!))
                        {
                            exclude.Add(piece.Term!);
                        }

                        firstExcluded = firstExcluded > 0 ? firstExcluded : piece.Column;
                        break;
                    default:
                        if (orColumn > 0)
                        {
                            group!.Add(piece.Term!);
                            orColumn = 0;
                        }
                        else
                        {
                            Close();
                            group = [piece.Term!];
                        }

                        break;
                }

                previous = piece;
            }

            if (orColumn > 0)
            {
                return Fail($"OR at column {orColumn} has nothing after it: write a word on each side, like deploy OR release", orColumn);
            }

            Close();
            if (include.Count == 0 && exclude.Count > 0)
            {
                return Fail($"add at least one word to look for: a search cannot only exclude words (the '-' at column {firstExcluded})", firstExcluded);
            }

            if (include.Count == 0 && _filters == 0)
            {
                return Fail("nothing to search for: type a word, a \"phrase\" or a filter like who:alice", 1);
            }

            if (_since is { } since && _until is { } until && since.Value > until.Value)
            {
                return Fail(
                    $"since:{LocalDatePattern.Iso.Format(since.Value)} at column {since.Column} is after until:{LocalDatePattern.Iso.Format(until.Value)}: swap the dates",
                    since.Column);
            }

            return SearchQueryParseResult.Success(new SearchQuery(
                include.ToImmutableArray(),
                exclude.ToImmutableArray(),
                _who.ToImmutableArray(),
                _kinds.ToFrozenSet(),
                _series?.Value,
                _since?.Value,
                _until?.Value));
        }

        private static SearchQueryParseResult Fail(string message, int column) =>
            SearchQueryParseResult.Failure(new SearchQueryError(message, column));

        private static SearchQueryParseResult OrJoinsFilter(int column) =>
            Fail($"OR at column {column} can only join words and phrases, not filters like who: or kind:", column);

        private static SearchQueryParseResult OrJoinsExcluded(int column) =>
            Fail($"OR at column {column} cannot join an excluded word: remove the '-' or the OR", column);

        private SearchQueryError? ReadPiece(ref int at)
        {
            var start = at;
            var negated = false;
            if (_input[at] == '-' && at + 1 < _input.Length && !char.IsWhiteSpace(_input[at + 1]))
            {
                negated = true;
                at++;
            }

            if (_input[at] == '"')
            {
                var quote = at;
                if (!ReadQuoted(ref at, out var phrase))
                {
                    return Unclosed(quote);
                }

                var stars = at;
                while (at < _input.Length && _input[at] == '*')
                {
                    at++;
                }

                return AddText(phrase, at > stars && SearchWords.EndsInWord(phrase), negated, start);
            }

            var end = at;
            while (end < _input.Length && !char.IsWhiteSpace(_input[end]) && _input[end] != '"')
            {
                end++;
            }

            var tokenStart = at;
            var token = _input.AsSpan(at, end - at);
            at = end;
            if (!negated && token is "OR")
            {
                _pieces.Add(new Piece(PieceKind.Or, start + 1));
                return null;
            }

            var colon = token.IndexOf(':');
            if (colon > 0 && TryFilter(token[..colon], out var filter))
            {
                var name = filter.ToString().ToLowerInvariant();
                if (negated)
                {
                    return new SearchQueryError($"a filter cannot be excluded: remove the '-' before {name}: at column {start + 1}", start + 1);
                }

                string value;
                int valueStart;
                if (colon == token.Length - 1 && at < _input.Length && _input[at] == '"')
                {
                    var quote = at;
                    if (!ReadQuoted(ref at, out value))
                    {
                        return Unclosed(quote);
                    }

                    valueStart = quote + 1;
                }
                else
                {
                    value = token[(colon + 1)..].ToString();
                    valueStart = tokenStart + colon + 1;
                }

                return ApplyFilter(filter, name, value, valueStart, start + 1) ?? Count(new Piece(PieceKind.Filter, start + 1));
            }

            var trimmed = token.TrimStart("([{<'").TrimEnd(")]}>.,;:!?'");
            if (trimmed.Contains('#') && ReferencePattern().IsMatch(trimmed))
            {
                return Count(new Piece(PieceKind.Term, start + 1, new SearchTerm(SearchTermKind.Reference, trimmed.ToString().ToLowerInvariant()), negated));
            }

            var body = token.TrimEnd('*');
            return AddText(body, body.Length < token.Length && SearchWords.EndsInWord(body), negated, start);
        }

        private SearchQueryError? AddText(ReadOnlySpan<char> text, bool prefix, bool negated, int start)
        {
            var words = SearchWords.Split(text);
            if (words.Count == 0)
            {
                // Punctuation alone ("+", "^", "(((") looks for nothing, as in a full-text index.
                return null;
            }

            if (prefix && SearchWords.Length(words[^1]) < MinPrefixLength)
            {
                return new SearchQueryError(
                    $"a prefix needs at least {MinPrefixLength} letters before the '*' (column {start + 1})", start + 1);
            }

            var kind = prefix ? SearchTermKind.Prefix : words.Count == 1 ? SearchTermKind.Word : SearchTermKind.Phrase;
            return Count(new Piece(PieceKind.Term, start + 1, new SearchTerm(kind, string.Join(' ', words)), negated));
        }

        private SearchQueryError? Count(Piece piece)
        {
            if (++_counted > MaxTerms)
            {
                return new SearchQueryError(
                    $"too many terms: a search can have at most {MaxTerms} words, phrases and filters; remove some from column {piece.Column} on",
                    piece.Column);
            }

            _filters += piece.Kind == PieceKind.Filter ? 1 : 0;
            _pieces.Add(piece);
            return null;
        }

        private SearchQueryError? ApplyFilter(Filter filter, string name, string value, int valueStart, int column)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var broken = char.IsSurrogate(value[i]) && !(i + 1 < value.Length && char.IsSurrogatePair(value[i], value[i + 1]));
                if (char.IsControl(value[i]) || broken)
                {
                    return new SearchQueryError(
                        $"the {name}: value has a control character or broken text at column {valueStart + i + 1}", valueStart + i + 1);
                }

                i += char.IsHighSurrogate(value[i]) ? 1 : 0;
            }

            var text = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            switch (filter)
            {
                case Filter.Who:
                    var person = text.TrimStart('@');
                    if (person.Length == 0)
                    {
                        return new SearchQueryError($"who: at column {column} needs a name, like who:alice or who:\"Carol Smith\"", column);
                    }

                    if (!_who.Contains(person, StringComparer.OrdinalIgnoreCase))
                    {
                        _who.Add(person);
                    }

                    return null;
                case Filter.Series:
                    if (text.Length == 0)
                    {
                        return new SearchQueryError($"series: at column {column} needs a series name, like series:infra", column);
                    }

                    if (_series is { } series)
                    {
                        return Twice(name, series.Column, column);
                    }

                    _series = (text, column);
                    return null;
                case Filter.Kind:
                    return ApplyKinds(value, valueStart, column);
                default:
                    var existing = filter == Filter.Since ? _since : _until;
                    if (text.Length == 0)
                    {
                        return new SearchQueryError($"{name}: at column {column} needs a date, like {name}:2024-05-01", column);
                    }

                    if (existing is { } first)
                    {
                        return Twice(name, first.Column, column);
                    }

                    var date = LocalDatePattern.Iso.Parse(text);
                    if (!date.Success)
                    {
                        return new SearchQueryError(
                            $"'{text}' at column {valueStart + 1} is not a date: write {name}:YYYY-MM-DD, like {name}:2024-05-01", valueStart + 1);
                    }

                    if (filter == Filter.Since)
                    {
                        _since = (date.Value, column);
                    }
                    else
                    {
                        _until = (date.Value, column);
                    }

                    return null;
            }
        }

        private SearchQueryError? ApplyKinds(string value, int valueStart, int column)
        {
            var found = false;
            var from = 0;
            while (from <= value.Length)
            {
                var to = value.IndexOfAny([',', '|'], from);
                to = to < 0 ? value.Length : to;
                var part = value[from..to];
                var name = part.Trim();
                if (name.Length > 0)
                {
                    if (!Kinds.TryGetValue(name, out var kind))
                    {
                        var at = valueStart + from + (part.Length - part.TrimStart().Length) + 1;
                        return new SearchQueryError($"unknown kind '{name}' at column {at}: use one of {KindNames}", at);
                    }

                    _kinds.Add(kind);
                    found = true;
                }

                from = to + 1;
            }

            return found ? null : new SearchQueryError($"kind: at column {column} needs a kind: one of {KindNames}", column);
        }

        private bool ReadQuoted(ref int at, out string content)
        {
            var close = _input.IndexOf('"', at + 1);
            if (close < 0)
            {
                content = "";
                return false;
            }

            content = _input[(at + 1)..close];
            at = close + 1;
            return true;
        }

        private static SearchQueryError Unclosed(int quote) =>
            new($"unclosed quote starting at column {quote + 1}: add a closing \"", quote + 1);

        private static SearchQueryError Twice(string name, int first, int second) =>
            new($"{name}: appears twice (columns {first} and {second}): keep one", second);

        private static bool TryFilter(ReadOnlySpan<char> name, out Filter filter)
        {
            foreach (var candidate in Enum.GetValues<Filter>())
            {
                if (name.Equals(candidate.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    filter = candidate;
                    return true;
                }
            }

            filter = default;
            return false;
        }
    }
}
