using Docket.Store.Storage;

namespace Docket.Store.Search;

/// <summary>A provider's full-text search over <c>SearchEntries</c>: FTS5 for SQLite, tsvector for PostgreSQL.</summary>
public interface ISearchIndex
{
    /// <summary>The best hits and the (capped) number of all hits; every filter applies before ranking and counting.</summary>
    Task<(IReadOnlyList<IndexHit> Hits, int Total)> SearchAsync(DocketDbContext db, SearchIndexQuery query, CancellationToken cancellationToken);
}
