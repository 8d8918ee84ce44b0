using System.Diagnostics.CodeAnalysis;

namespace Docket.Store.Search.Query;

/// <summary>The outcome of <see cref="SearchQueryParser.Parse"/>: a query, or the reason there is none.</summary>
public sealed record SearchQueryParseResult
{
    private SearchQueryParseResult(SearchQuery? query, SearchQueryError? error)
    {
        Query = query;
        Error = error;
    }

    /// <summary>The query, when the text could be understood.</summary>
    public SearchQuery? Query { get; }

    /// <summary>Why the text could not be understood; null on success.</summary>
    public SearchQueryError? Error { get; }

    /// <summary>Whether <see cref="Query"/> is there.</summary>
    [MemberNotNullWhen(true, nameof(Query))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Query is not null;

    internal static SearchQueryParseResult Success(SearchQuery query) => new(query, null);

    internal static SearchQueryParseResult Failure(SearchQueryError error) => new(null, error);
}
