using Docket.Store.Model;
using Docket.Store.Storage;

namespace Docket.Store.Search;

/// <summary>A provider's full-text search over <c>SearchEntries</c>: FTS5 for SQLite, tsvector for PostgreSQL.</summary>
public interface ISearchIndex
{
    /// <summary>The best hits and the (capped) number of all hits; every filter applies before ranking and counting.</summary>
    Task<(IReadOnlyList<IndexHit> Hits, int Total)> SearchAsync(DocketDbContext db, SearchIndexQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Adds entries in bulk inside the context's current transaction: an insert prepared once per
    /// transaction in <paramref name="commands"/> and reused per row (SQLite), or binary COPY
    /// (PostgreSQL). They are derived rows, hundreds per meeting, and EF's change tracking would
    /// cost more than the rest of an import. They are searchable once <see cref="CompleteWritesAsync"/>
    /// has run in the same transaction.
    /// </summary>
    Task InsertAsync(DocketDbContext db, WriteCommands commands, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Called first in a transaction that inserts entries, holding the write lock: a mark from which
    /// <see cref="CompleteWritesAsync"/> finds the entries the transaction added. <paramref name="bulk"/>
    /// says the transaction is one of many of an import that ends with <see cref="SettleAsync"/>:
    /// the index may then leave its upkeep (SQLite's segment merges) to that.
    /// </summary>
    Task<long> BeginWritesAsync(DocketDbContext db, bool bulk, CancellationToken cancellationToken);

    /// <summary>
    /// Called last before such a transaction commits: indexes the entries added since
    /// <paramref name="mark"/> (SQLite's FTS5 index takes them in one pass; PostgreSQL's generated
    /// tsvector needs nothing). An entry added and deleted within one transaction is not allowed:
    /// its delete would reach an index that never held it.
    /// </summary>
    Task CompleteWritesAsync(DocketDbContext db, long mark, CancellationToken cancellationToken);

    /// <summary>
    /// Called once after an import of many files, in a writing transaction of its own, with the mark
    /// taken when the import began: resumes the upkeep bulk writes left off and, when the import
    /// wrote a large share of the index, puts the index back in one piece (SQLite's FTS5 keeps a
    /// segment per transaction until merged, and every search reads every segment). Returns whether
    /// it merged the index.
    /// </summary>
    Task<bool> SettleAsync(DocketDbContext db, long mark, CancellationToken cancellationToken);
}
