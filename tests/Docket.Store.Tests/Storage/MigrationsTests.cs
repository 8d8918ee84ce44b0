using Docket.Store.Postgres;
using Docket.Store.Sqlite;
using Docket.Store.Storage;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Tests.Storage;

public sealed class MigrationsTests
{
    // A model change without a migration would fail at a user's first start; catch it here, per provider.
    public static TheoryData<string> Providers => new(TestStore.Sqlite, TestStore.Postgres);

    [Theory]
    [MemberData(nameof(Providers))]
    public void Model_HasNoChangesMissingFromTheMigrations(string provider)
    {
        StoreProvider store = provider == TestStore.Sqlite
            ? new SqliteStore(Path.Combine(Path.GetTempPath(), "docket-model-check.db"))
            : new PostgresStore("Host=localhost;Database=model_check");
        using var context = store.CreateContext();

        Assert.False(context.Database.HasPendingModelChanges(), $"the model changed without a migration for {provider}: run tools/Docket.Migrations");
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Prepare_Twice_IsHarmless(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        await store.Provider.PrepareAsync(CancellationToken.None);

        await using var db = store.Provider.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
