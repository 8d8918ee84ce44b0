using Docket.Store.Model;
using Docket.Store.Storage;

namespace Docket.Store.Search;

/// <summary>A provider's full-text search over <c>SearchEntries</c>: FTS5 for SQLite, tsvector for PostgreSQL.</summary>
public interface ISearchIndex
{
    /// <summary>The best hits and the (capped) number of all hits; every filter applies before ranking and counting.</summary>
    Task<(IReadOnlyList<IndexHit> Hits, int Total)> SearchAsync(DocketDbContext db, SearchIndexQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Adds entries in bulk inside the context's current transaction: a prepared insert reused per
    /// row (SQLite) or binary COPY (PostgreSQL). They are derived rows, hundreds per meeting, and
    /// EF's change tracking would cost more than the rest of an import.
    /// </summary>
    Task InsertAsync(DocketDbContext db, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken);
}
