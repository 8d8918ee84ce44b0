using Docket.Store.Search.Query;

namespace Docket.Store.Search;

/// <summary>The best hits, best first, and how many there are in all (at most <see cref="SearchIndexQuery.CountCap"/>).</summary>
public sealed record SearchResults(SearchQuery Query, IReadOnlyList<SearchHit> Hits, int Total, bool TotalIsCapped);
