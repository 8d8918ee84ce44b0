namespace Docket.Store.Search.Query;

/// <summary>
/// Compiles a <see cref="SearchQuery"/> into tsquery text for <c>to_tsquery('simple', @q)</c>. Every word is a
/// single-quoted lexeme, so nothing the user typed can act as an operator, weight or prefix marker; the only
/// operators are the ones written here (<c>&amp;</c>, <c>|</c>, <c>!</c>, <c>&lt;-&gt;</c>, <c>:*</c>). Bind the
/// result as a parameter: it is tsquery syntax, not an SQL literal.
/// </summary>
public static class PostgresTsQuery
{
    /// <summary>
    /// The tsquery text: <c>deploy gcp-builds OR rel* -secret</c> gives
    /// <c>'deploy' &amp; (('gcp' &lt;-&gt; 'builds') | 'rel':*) &amp; !'secret'</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The query has no text (<see cref="SearchQuery.HasText"/> is false):
    /// filter-only searches must not match text at all.</exception>
    public static string From(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.HasText)
        {
            throw new ArgumentException("The query has no text to match; check SearchQuery.HasText first.", nameof(query));
        }

        var parts = query.Include.Select(Clause).Concat(query.Exclude.Select(term => "!" + Term(term)));
        return string.Join(" & ", parts);
    }

    /// <summary>A tsquery lexeme: the word in single quotes, a quote inside doubled, a backslash escaped.</summary>
    internal static string Quote(string word) =>
        $"'{word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}'";

    private static string Clause(SearchClause clause) =>
        clause.AnyOf.Count == 1 ? Term(clause.AnyOf[0]) : $"({string.Join(" | ", clause.AnyOf.Select(Term))})";

    // Phrases are parenthesised so '!' and '|' apply to the whole phrase: <-> binds tighter than & and |, but ! tighter still.
    private static string Term(SearchTerm term)
    {
        var words = term.Words;
        var lexemes = words.Select((word, i) => Quote(word) + (term.Kind == SearchTermKind.Prefix && i == words.Count - 1 ? ":*" : ""));
        return words.Count == 1 ? lexemes.First() : $"({string.Join(" <-> ", lexemes)})";
    }
}
