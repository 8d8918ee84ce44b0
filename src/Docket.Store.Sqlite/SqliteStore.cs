using Docket.Store.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Sqlite;

/// <summary>The store in one SQLite file: the embedded default.</summary>
public sealed class SqliteStore : StoreProvider
{
    private readonly string _connectionString;

    public SqliteStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // A second writer waits for the first (Microsoft.Data.Sqlite retries SQLITE_BUSY until
            // this timeout) instead of failing with "database is locked".
            DefaultTimeout = 600,
        }.ToString();
    }

    private static readonly SqlitePragmas Pragmas = new();

    public string Path { get; }

    public override Search.ISearchIndex Search { get; } = new SqliteSearchIndex();

    public override string Description => $"SQLite {Path}";

    protected override void Configure(DbContextOptionsBuilder<DocketDbContext> builder) =>
        builder.UseSqlite(_connectionString, o => o.MigrationsAssembly(typeof(SqliteStore).Assembly.GetName().Name)).AddInterceptors(Pragmas);

    // Bound by position on SQLite's own statement: Microsoft.Data.Sqlite finds every parameter by
    // name on every execution, and reads RETURNING through a data reader.
    public override RowWrite PrepareWrite(System.Data.Common.DbTransaction transaction, string sql, string? key, IReadOnlyList<WriteColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return new SqliteRowWrite((SqliteConnection)transaction.Connection!, sql, returnsKey: key is not null);
    }

    // SQLite pays a cost per statement run (starting its program, reading the AUTOINCREMENT counter
    // and writing it back) that many rows per statement pay once. The rowids of one statement's
    // rows follow each other: each is the largest so far plus one.
    public override int MaxRowsPerInsert => RowsPerInsert;

    /// <summary>The most rows one of the store's inserts writes (<see cref="MaxRowsPerInsert"/>; search entries too).</summary>
    internal const int RowsPerInsert = 32;

    // SQLite counts, per connection, the commits of every other connection.
    public override async Task<long?> ChangeMarkAsync(DocketDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Database.SqlQueryRaw<long>("""SELECT data_version AS "Value" FROM pragma_data_version()""")
            .SingleAsync(cancellationToken).ConfigureAwait(false);
    }

    // A bulk import writes tens of megabytes of pages per transaction. With SQLite's default page
    // cache (2 MB) it spills dirty pages to the write-ahead log while it writes, then writes many of
    // them again; its index pages, touched all over, are read back in. And each commit would copy
    // the log into the database on the import's own thread (the automatic checkpoint): another
    // connection does that beside it instead. Both are per connection, and pooled connections keep
    // them, so they are set back when the import ends.
    public override async Task<IAsyncDisposable> BeginBulkWritesAsync(DocketDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size=-{BulkCacheKibibytes}; PRAGMA wal_autocheckpoint=0;", cancellationToken).ConfigureAwait(false);
        return new BulkWrites(db, new WalCheckpointer(_connectionString));
    }

    private sealed class BulkWrites(DocketDbContext db, WalCheckpointer checkpointer) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await checkpointer.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                // Settings back, then the last transactions' log copied as after any commit.
                await db.Database.ExecuteSqlRawAsync(
                    $"PRAGMA cache_size=-{CacheKibibytes}; PRAGMA wal_autocheckpoint={AutoCheckpointPages}; PRAGMA wal_checkpoint(PASSIVE);").ConfigureAwait(false);
            }
        }
    }

    /// <summary>A new database's page size, in bytes, and its journal.</summary>
    private const string NewFileSettings = "PRAGMA page_size=8192; PRAGMA journal_mode=WAL;";

    /// <summary>The page cache of a bulk import: more than a transaction of files writes.</summary>
    private const int BulkCacheKibibytes = 64 * 1024;

    /// <summary>SQLite's own default page cache.</summary>
    private const int CacheKibibytes = 2000;

    /// <summary>SQLite's own default: a commit that leaves the log this many pages long copies it into the database.</summary>
    private const int AutoCheckpointPages = 1000;

    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using (var context = CreateContext())
        {
            // WAL lets searches read while an import writes; it is a property of the file, set once.
            // So is the page size, fixed by a new file's first write: with 8 KiB pages (SQLite's default
            // is 4 KiB) a meeting's notes and its search entries take fewer pages and fewer log frames,
            // and a bulk import's commits took a quarter less time in a hand test. An existing file
            // keeps its own.
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await context.Database.ExecuteSqlRawAsync(NewFileSettings, cancellationToken).ConfigureAwait(false);
        }

        await base.PrepareAsync(cancellationToken).ConfigureAwait(false);
    }
}
