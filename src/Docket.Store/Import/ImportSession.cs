using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Import;

/// <summary>
/// The connection a bulk import writes all its transactions on, and what it has looked up
/// (<see cref="ImportScope"/>). One connection throughout: the store's change mark, which tells
/// whether anyone else wrote between two of its transactions, is the connection's own.
/// </summary>
internal sealed class ImportSession : IAsyncDisposable
{
    private readonly IAsyncDisposable _bulkWrites;

    private ImportSession(StoreProvider provider, DocketDbContext db, IAsyncDisposable bulkWrites, ImportScope scope)
    {
        _bulkWrites = bulkWrites;
        Provider = provider;
        Db = db;
        Scope = scope;
    }

    public StoreProvider Provider { get; }

    public DocketDbContext Db { get; }

    public ImportScope Scope { get; }

    public static async Task<ImportSession> OpenAsync(StoreProvider provider, IClock clock, CancellationToken cancellationToken)
    {
        var db = provider.CreateContext();
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var bulkWrites = await provider.BeginBulkWritesAsync(db, cancellationToken).ConfigureAwait(false);
            return new ImportSession(provider, db, bulkWrites, new ImportScope(db, provider.Search, clock));
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // While the connection is still the session's: closed, it goes back to the pool.
            await _bulkWrites.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            await Db.DisposeAsync().ConfigureAwait(false);
        }
    }
}
