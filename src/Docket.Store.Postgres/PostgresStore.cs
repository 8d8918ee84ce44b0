using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Docket.Store.Postgres;

/// <summary>The store in a PostgreSQL database, given by its connection string.</summary>
public sealed class PostgresStore : StoreProvider
{
    private readonly string _connectionString;

    public PostgresStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _connectionString = builder.ConnectionString;
        Database = builder.Database ?? "";
        Host = builder.Host ?? "";
    }

    public override Search.ISearchIndex Search { get; } = new PostgresSearchIndex();

    public string Database { get; }

    public string Host { get; }

    public override string Description => $"PostgreSQL {Database} on {Host}";

    /// <summary>One writer at a time, held until the transaction ends; readers are never blocked.</summary>
    public override async Task LockForWritingAsync(DocketDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7364616)", cancellationToken).ConfigureAwait(false);
    }

    protected override void Configure(DbContextOptionsBuilder<DocketDbContext> builder) =>
        builder.UseNpgsql(_connectionString, o => o.MigrationsAssembly(typeof(PostgresStore).Assembly.GetName().Name));
}
