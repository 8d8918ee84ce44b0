using System.Data.Common;
using System.Diagnostics;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Docket.Store.Import;

/// <summary>
/// One writing transaction holding one or more files, each inside its own savepoint: a file that
/// fails is rolled back to its savepoint and nothing of it stays, while the files before it keep
/// their writes. Nothing is visible to readers, or reported, until the whole batch commits; a killed
/// process loses the batch, never part of a file. Committing once per batch instead of once per file
/// spares the database a full-text segment and a write-ahead-log commit per file, which cost more
/// than everything else an import does.
/// </summary>
internal sealed class ImportBatch : IAsyncDisposable
{
    /// <summary>
    /// How long a batch gathers files by default: writers queue behind it, a progress report waits for
    /// it, and a killed import loses it. Against half a second, two seconds spare a large import a
    /// tenth of its time: fewer commits write the same B-tree and index pages again, and each series'
    /// items are read again less often.
    /// </summary>
    public static readonly TimeSpan DefaultTime = TimeSpan.FromSeconds(2);

    /// <summary>How many bytes of notes a batch gathers at most, so its pending index stays small in memory.</summary>
    private const long MaxBytes = 16L * 1024 * 1024;

    // Savepoints by SQL, prepared once for the batch like its inserts: EF's savepoint calls make and
    // log a new command each time, which cost a large import most of a second.
    private const string CreateSavepoint = "SAVEPOINT docket_file";
    private const string RollbackToSavepoint = "ROLLBACK TO SAVEPOINT docket_file";
    private const string ReleaseSavepoint = "RELEASE SAVEPOINT docket_file";

    private readonly StoreProvider _provider;
    private readonly DocketDbContext _db;
    private readonly bool _ownsDb;
    private readonly IDbContextTransaction _transaction;
    private readonly WriteCommands _commands;
    private readonly ImportScope _scope;
    private readonly long _searchMark;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _maxTime;
    private readonly List<FileImport> _done = [];
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private long _bytes;
    private bool _committed;

    private ImportBatch(StoreProvider provider, DocketDbContext db, bool ownsDb, IDbContextTransaction transaction, WriteCommands commands, ImportScope scope, long searchMark, TimeSpan maxTime)
    {
        _provider = provider;
        _db = db;
        _ownsDb = ownsDb;
        _transaction = transaction;
        _commands = commands;
        _scope = scope;
        _searchMark = searchMark;
        _maxTime = maxTime;
    }

    /// <summary>A transaction of its own for one file: its own context, looking everything up afresh.</summary>
    public static async Task<ImportBatch> BeginAsync(StoreProvider provider, IClock clock, TimeSpan maxTime, CancellationToken cancellationToken)
    {
        var db = provider.CreateContext();
        try
        {
            return await BeginAsync(provider, db, ownsDb: true, new ImportScope(db, provider.Search, clock), bulk: false, maxTime, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The next transaction of a bulk import, on its connection, keeping what it looked up when nobody else wrote since.</summary>
    public static Task<ImportBatch> BeginAsync(ImportSession session, TimeSpan maxTime, CancellationToken cancellationToken) =>
        BeginAsync(session.Provider, session.Db, ownsDb: false, session.Scope, bulk: true, maxTime, cancellationToken);

    /// <summary>Opens the transaction and takes the store's write lock: other writers wait until the batch ends.</summary>
    private static async Task<ImportBatch> BeginAsync(StoreProvider provider, DocketDbContext db, bool ownsDb, ImportScope scope, bool bulk, TimeSpan maxTime, CancellationToken cancellationToken)
    {
        // Each file gets a savepoint of its own; EF's own, around every SaveChanges, would only add
        // statements. (A pooled context is handed out again with the default.)
        db.Database.AutoSavepointsEnabled = false;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await provider.LockForWritingAsync(db, cancellationToken).ConfigureAwait(false);
            var mark = await provider.Search.BeginWritesAsync(db, bulk, cancellationToken).ConfigureAwait(false);
            var commands = new WriteCommands(db);
            await scope.BeginAsync(provider, new BulkRows(db, commands, provider), cancellationToken).ConfigureAwait(false);
            return new ImportBatch(provider, db, ownsDb, transaction, commands, scope, mark, maxTime);
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Where the search entries this batch adds begin: the first batch's is where the whole import's begin.</summary>
    public long SearchMark => _searchMark;

    /// <summary>After the last batch of an import: lets the search index settle what the import wrote, in a transaction of its own.</summary>
    public static async Task SettleSearchAsync(StoreProvider provider, long mark, CancellationToken cancellationToken)
    {
        var db = provider.CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await provider.LockForWritingAsync(db, cancellationToken).ConfigureAwait(false);
                await provider.Search.SettleAsync(db, mark, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Whether the batch has gathered enough, by time or size, to commit.</summary>
    public bool IsFull => _bytes >= MaxBytes || Stopwatch.GetElapsedTime(_started) >= _maxTime;

    /// <summary>
    /// Whether this path is already written in the batch. The same path twice commits in between:
    /// the second write deletes the first's search entries, which are indexed only at commit.
    /// </summary>
    public bool Holds(string path) => _paths.Contains(path);

    /// <summary>Writes one file; a failure (the notes, or the store refusing them) undoes that file alone.</summary>
    public async Task AddAsync(PreparedFile file, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        _db.ChangeTracker.Clear();
        await RunAsync(CreateSavepoint, cancellationToken).ConfigureAwait(false);
        FileImport result;
        try
        {
            result = await FileWriter.WriteAsync(_scope, file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            result = file.Fail($"the store refused this file: {e.GetBaseException().Message}");
        }

        if (result.Status == ImportStatus.Failed)
        {
            // ROLLBACK TO keeps the savepoint open: release it too, so the next file starts clean.
            await RunAsync(RollbackToSavepoint, cancellationToken).ConfigureAwait(false);
            _db.ChangeTracker.Clear();
            _scope.Forget();
        }

        await RunAsync(ReleaseSavepoint, cancellationToken).ConfigureAwait(false);

        _done.Add(result);
        _paths.Add(file.Path);
        _bytes += file.Request.Content.Length;
    }

    private async Task RunAsync(string sql, CancellationToken cancellationToken) =>
        await _commands.Get(sql, transaction => _provider.PrepareWrite(transaction, sql, null, [])).ExecuteAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Indexes what the batch wrote for search, commits, and returns what happened to each file, in order.</summary>
    public async Task<IReadOnlyList<FileImport>> CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        await _provider.Search.CompleteWritesAsync(_db, _searchMark, cancellationToken).ConfigureAwait(false);
        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _committed = true;
        await _scope.EndAsync(_provider, committed: true).ConfigureAwait(false);
        return _done;
    }

    /// <summary>Ends the batch; one not committed is rolled back whole.</summary>
    public async ValueTask DisposeAsync()
    {
        await _commands.DisposeAsync().ConfigureAwait(false);
        await _transaction.DisposeAsync().ConfigureAwait(false);
        if (!_committed)
        {
            await _scope.EndAsync(_provider, committed: false).ConfigureAwait(false);
        }

        if (_ownsDb)
        {
            await _db.DisposeAsync().ConfigureAwait(false);
        }
    }
}
