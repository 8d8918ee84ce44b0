using Docket.Store.Sqlite;
using Docket.Store.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Docket.Demo.Tests;

/// <summary>A fresh, migrated SQLite store in a temporary folder, with a fake clock at "now"; deleted afterwards.</summary>
public sealed class DemoStore : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;

    private DemoStore(DirectoryInfo folder, Instant now)
    {
        _folder = folder;
        Provider = new SqliteStore(Path.Combine(folder.FullName, "docket.db"));
        Clock = new FakeClock(now);
    }

    public StoreProvider Provider { get; }

    public FakeClock Clock { get; }

    public static async Task<DemoStore> CreateAsync(Instant now)
    {
        var store = new DemoStore(Directory.CreateTempSubdirectory("docket-demo-"), now);
        await store.Provider.PrepareAsync(CancellationToken.None);
        return store;
    }

    public Task<DemoSummary> SeedAsync() => DemoTeam.SeedAsync(Provider, Clock, CancellationToken.None);

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
