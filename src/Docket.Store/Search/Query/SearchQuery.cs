using NodaTime;
using NodaTime.Text;

namespace Docket.Store.Search.Query;

/// <summary>
/// A parsed search: text clauses for the full-text index and filters for ordinary columns. Made only by
/// <see cref="SearchQueryParser.Parse"/>; compile the text with <see cref="Fts5QueryText"/> or
/// <see cref="PostgresTsQuery"/> and pass the result as a SQL parameter, never spliced into SQL.
/// </summary>
public sealed record SearchQuery
{
    internal SearchQuery(
        IReadOnlyList<SearchClause> include,
        IReadOnlyList<SearchTerm> exclude,
        IReadOnlyList<string> who,
        IReadOnlySet<SearchItemKind> kinds,
        string? series,
        LocalDate? since,
        LocalDate? until)
    {
        Include = include;
        Exclude = exclude;
        Who = who;
        Kinds = kinds;
        Series = series;
        Since = since;
        Until = until;
    }

    /// <summary>Clauses a match must all satisfy, in the order written, without repeats.</summary>
    public IReadOnlyList<SearchClause> Include { get; }

    /// <summary>Terms a match must not contain (written with a leading '-'); only ever present alongside <see cref="Include"/>.</summary>
    public IReadOnlyList<SearchTerm> Exclude { get; }

    /// <summary>
    /// People from <c>who:</c> filters, as written without the '@', in order, without repeats (ignoring case);
    /// compare them with names ignoring case.
    /// </summary>
    public IReadOnlyList<string> Who { get; }

    /// <summary>Kinds from <c>kind:</c> filters; a match is of any of them. Empty means every kind.</summary>
    public IReadOnlySet<SearchItemKind> Kinds { get; }

    /// <summary>The series from a <c>series:</c> filter, as written; compare ignoring case.</summary>
    public string? Series { get; }

    /// <summary>The first day to include, from <c>since:</c>.</summary>
    public LocalDate? Since { get; }

    /// <summary>The last day to include, from <c>until:</c>; never before <see cref="Since"/>.</summary>
    public LocalDate? Until { get; }

    /// <summary>
    /// Whether there is text for the full-text index. A query without (only filters, like <c>who:alice kind:action</c>)
    /// must skip <c>MATCH</c>: the compilers refuse it.
    /// </summary>
    public bool HasText => Include.Count > 0;

    /// <summary>
    /// References that every match must mention: those standing alone as a clause, not inside an <c>OR</c>. The text
    /// clauses already look for their words; a store that records references can also check these exactly.
    /// </summary>
    public IReadOnlyList<string> References =>
        Include.Where(clause => clause.AnyOf is [{ Kind: SearchTermKind.Reference }]).Select(clause => clause.AnyOf[0].Text).ToArray();

    /// <summary>
    /// The query in normal form, for <c>--json</c> output, logs and tests: lowercase words, canonical quoting, the
    /// text first, then filters in a fixed order (<c>who:</c>, <c>kind:</c>, <c>series:</c>, <c>since:</c>,
    /// <c>until:</c>). Parsing it again gives an equal query.
    /// </summary>
    public string Describe()
    {
        var parts = new List<string>();
        parts.AddRange(Include.Select(clause => clause.Describe()));
        parts.AddRange(Exclude.Select(term => "-" + term.Describe()));
        parts.AddRange(Who.Select(person => "who:" + Value(person)));
        if (Kinds.Count > 0)
        {
            parts.Add("kind:" + string.Join(',', Kinds.Order().Select(kind => kind.ToString().ToLowerInvariant())));
        }

        if (Series is not null)
        {
            parts.Add("series:" + Value(Series));
        }

        if (Since is { } since)
        {
            parts.Add("since:" + LocalDatePattern.Iso.Format(since));
        }

        if (Until is { } until)
        {
            parts.Add("until:" + LocalDatePattern.Iso.Format(until));
        }

        return string.Join(' ', parts);
    }

    /// <summary>Same as <see cref="Describe"/>.</summary>
    public override string ToString() => Describe();

    /// <summary>Equal when every clause, term and filter is (records compare lists by reference otherwise).</summary>
    public bool Equals(SearchQuery? other) =>
        other is not null
        && Include.SequenceEqual(other.Include)
        && Exclude.SequenceEqual(other.Exclude)
        && Who.SequenceEqual(other.Who, StringComparer.Ordinal)
        && Kinds.SetEquals(other.Kinds)
        && Series == other.Series
        && Since == other.Since
        && Until == other.Until;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Describe());

    private static string Value(string value) => value.Contains(' ', StringComparison.Ordinal) ? $"\"{value}\"" : value;
}
