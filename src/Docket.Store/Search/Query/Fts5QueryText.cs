namespace Docket.Store.Search.Query;

/// <summary>
/// Compiles a <see cref="SearchQuery"/> into the text of an SQLite FTS5 <c>MATCH</c>. Every term becomes a
/// double-quoted FTS5 string, so nothing the user typed can act as a column filter, <c>NEAR</c>, <c>^</c> or an
/// operator; the only operators are the ones written here. Bind the result as a parameter (<c>MATCH $q</c>).
/// </summary>
public static class Fts5QueryText
{
    /// <summary>
    /// The <c>MATCH</c> text: <c>deploy gcp-builds OR rel* -secret</c> gives
    /// <c>("deploy" AND ("gcp builds" OR "rel" *)) NOT "secret"</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The query has no text (<see cref="SearchQuery.HasText"/> is false):
    /// filter-only searches must not run <c>MATCH</c> at all.</exception>
    public static string From(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.HasText)
        {
            throw new ArgumentException("The query has no text to match; check SearchQuery.HasText first.", nameof(query));
        }

        var included = string.Join(" AND ", query.Include.Select(Clause));
        if (query.Exclude.Count == 0)
        {
            return included;
        }

        // FTS5's NOT is binary ("a NOT b"): everything included on the left, anything excluded on the right.
        var left = query.Include.Count > 1 ? $"({included})" : included;
        var right = query.Exclude.Count > 1 ? $"({string.Join(" OR ", query.Exclude.Select(Term))})" : Term(query.Exclude[0]);
        return $"{left} NOT {right}";
    }

    /// <summary>An FTS5 string: the text in double quotes, a double quote inside doubled.</summary>
    internal static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static string Clause(SearchClause clause) =>
        clause.AnyOf.Count == 1 ? Term(clause.AnyOf[0]) : $"({string.Join(" OR ", clause.AnyOf.Select(Term))})";

    // A phrase is one FTS5 string of several words; FTS5 applies a trailing '*' to the phrase's last word.
    private static string Term(SearchTerm term)
    {
        var quoted = Quote(string.Join(' ', term.Words));
        return term.Kind == SearchTermKind.Prefix ? quoted + " *" : quoted;
    }
}
