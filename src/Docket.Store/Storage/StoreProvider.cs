using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Storage;

/// <summary>
/// A database Docket can keep its store in. Each provider brings its own migrations and the SQL of
/// its full-text search; everything else is shared.
/// </summary>
public abstract class StoreProvider
{
    /// <summary>A short name for messages (<c>SQLite docket.db</c>).</summary>
    public abstract string Description { get; }

    private DbContextOptions<DocketDbContext>? _options;

    /// <summary>A new context; its options are built once per provider, since a search or a page makes several.</summary>
    public DocketDbContext CreateContext() => new(_options ??= Options());

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
    /// Called first in every writing transaction, so writers queue instead of racing to create the
    /// same series or person. SQLite's <c>BEGIN IMMEDIATE</c> already does this; PostgreSQL takes a lock.
    /// </summary>
    public virtual Task LockForWritingAsync(DocketDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Applies pending migrations and whatever the database needs on every start.</summary>
    public virtual async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using var context = CreateContext();
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
