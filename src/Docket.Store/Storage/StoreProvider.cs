using System.Numerics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Docket.Store.Storage;

/// <summary>
/// A database Docket can keep its store in. Each provider brings its own migrations and the SQL of
/// its full-text search; everything else is shared.
/// </summary>
public abstract class StoreProvider
{
    /// <summary>A short name for messages (<c>SQLite docket.db</c>).</summary>
    public abstract string Description { get; }

    private PooledDbContextFactory<DocketDbContext>? _contexts;

    /// <summary>
    /// A context for one unit of work, from a pool: a search or a page makes several, and setting up
    /// a context and its connection from nothing each time cost more than a small query. Disposing
    /// it returns it, reset, to the pool.
    /// </summary>
    public DocketDbContext CreateContext() => (_contexts ??= new PooledDbContextFactory<DocketDbContext>(Options())).CreateDbContext();

    private DbContextOptions<DocketDbContext> Options()
    {
        var builder = new DbContextOptionsBuilder<DocketDbContext>();
        Configure(builder);
        return builder.Options;
    }

    /// <summary>The provider's full-text search.</summary>
    public abstract Search.ISearchIndex Search { get; }

    protected abstract void Configure(DbContextOptionsBuilder<DocketDbContext> builder);

    /// <summary>
    /// Prepares a write of one row for many executions in <paramref name="transaction"/>:
    /// <paramref name="sql"/> is an <c>INSERT</c>, <c>UPDATE</c> or <c>DELETE</c> with a parameter
    /// per column, in order; <paramref name="key"/> the delimited generated key column an insert reads
    /// back, or null. By default an ADO.NET command; a provider may bind and run it more directly.
    /// </summary>
    public virtual RowWrite PrepareWrite(System.Data.Common.DbTransaction transaction, string sql, string? key, IReadOnlyList<WriteColumn> columns) =>
        RowWrite.Command(transaction, sql, key, columns);

    /// <summary>
    /// How many rows one <c>INSERT</c> prepared by <see cref="PrepareWrite"/> may hold (<c>VALUES (…), (…)</c>).
    /// Above one, such an insert's key read back must be the last row's, the rows before it taking
    /// the keys just below, one apart. By default one: RETURNING gives no order to rely on.
    /// </summary>
    public virtual int MaxRowsPerInsert => 1;

    /// <summary>
    /// How many of <paramref name="left"/> rows the next insert of at most <paramref name="most"/>
    /// writes: the largest power of two that fits, so a transaction prepares one insert per size.
    /// </summary>
    public static int RowsInNextInsert(int left, int most) => 1 << BitOperations.Log2((uint)Math.Min(left, most));

    /// <summary>
    /// The text of an insert of <paramref name="rows"/> rows into <paramref name="table"/>:
    /// <c>INSERT INTO t (a, b) VALUES (p0, p1), (p2, p3)…</c>, the names already delimited and
    /// value <c>n</c> (from 0, row after row) written as <paramref name="parameter"/>(<c>n</c>).
    /// </summary>
    public static string InsertSql(string table, IReadOnlyList<string> columns, int rows, Func<int, string> parameter)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(parameter);
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES "
            + string.Join(", ", Enumerable.Range(0, rows).Select(row => $"({string.Join(", ", columns.Select((_, i) => parameter((row * columns.Count) + i)))})"));
    }

    /// <summary>
    /// Called first in every writing transaction, so writers queue instead of racing to create the
    /// same series or person. SQLite's <c>BEGIN IMMEDIATE</c> already does this; PostgreSQL takes a lock.
    /// </summary>
    public virtual Task LockForWritingAsync(DocketDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A number that changes whenever another connection commits a write, read on the context's own
    /// (open) connection; null when the store cannot tell. An import keeps what it looked up from
    /// one transaction to its next only while the number stays the same.
    /// </summary>
    public virtual Task<long?> ChangeMarkAsync(DocketDbContext db, CancellationToken cancellationToken) => Task.FromResult<long?>(null);

    /// <summary>
    /// Called when a bulk import, which writes many files per transaction, has opened the connection
    /// all its transactions use: the provider may trade memory for speed, and do work of its own
    /// beside the import's, until the result is disposed (before the connection goes back to the pool).
    /// </summary>
    public virtual Task<IAsyncDisposable> BeginBulkWritesAsync(DocketDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoBulkWrites.Instance);

    private sealed class NoBulkWrites : IAsyncDisposable
    {
        public static readonly NoBulkWrites Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>Applies pending migrations and whatever the database needs on every start.</summary>
    public virtual async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using var context = CreateContext();
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
