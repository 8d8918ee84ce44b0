using Docket.Store.Import;
using Docket.Store.Postgres;
using Docket.Store.Sqlite;
using Docket.Store.Storage;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace Docket.Store.Tests.Fixtures;

/// <summary>
/// A fresh, empty store on one provider for one test: a temporary SQLite file, or a new
/// PostgreSQL database on the server DOCKET_TEST_POSTGRES names (dropped afterwards).
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("DOCKET_TEST_POSTGRES");
    private readonly Func<Task> _drop;

    private TestStore(StoreProvider provider, Func<Task> drop)
    {
        Provider = provider;
        _drop = drop;
    }

    /// <summary>The providers to run each store test on: SQLite always, PostgreSQL when configured.</summary>
    public static IReadOnlyList<string> ProviderNames =>
        string.IsNullOrWhiteSpace(PostgresServer) ? [Sqlite] : [Sqlite, Postgres];

    public static TheoryData<string> Providers => new(ProviderNames);

    public StoreProvider Provider { get; }

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 23, 12, 0));

    public NotesImporter Importer => new(Provider, Clock);

    public Docket.Store.Search.SearchService Search => new(Provider);

    public Docket.Store.Actions.ActionList Actions => new(Provider, Clock);

    public static async Task<TestStore> CreateAsync(string provider)
    {
        TestStore store;
        if (provider == Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("docket-store-");
            store = new TestStore(new SqliteStore(Path.Combine(folder.FullName, "docket.db")), () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }
        else
        {
            var server = new NpgsqlConnectionStringBuilder(PostgresServer);
            var name = "docket_t_" + Guid.NewGuid().ToString("N")[..16];
            await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE \"{name}\"").ConfigureAwait(false);
            var own = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
            store = new TestStore(new PostgresStore(own.ConnectionString), async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await DropAsync(server.ConnectionString, name).ConfigureAwait(false);
            });
        }

        await store.Provider.PrepareAsync(CancellationToken.None).ConfigureAwait(false);
        return store;
    }

    public Task<FileImport> ImportTextAsync(string path, string text, string? series = null) =>
        Importer.ImportAsync(new ImportRequest(path, System.Text.Encoding.UTF8.GetBytes(text)) { Series = series });

    public async Task<FileImport> ImportFileAsync(string path, string? series = null) =>
        await Importer.ImportAsync(new ImportRequest(Path.GetFullPath(path), await File.ReadAllBytesAsync(path).ConfigureAwait(false)) { Series = series }).ConfigureAwait(false);

    public async ValueTask DisposeAsync() => await _drop().ConfigureAwait(false);

    // An autovacuum worker can still be in a fresh database, and FORCE may not end a process the
    // docket role doesn't own: try again for a while; a leftover uniquely named database harms nobody.
    private static async Task DropAsync(string server, string name)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            try
            {
                await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").ConfigureAwait(false);
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(250).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
