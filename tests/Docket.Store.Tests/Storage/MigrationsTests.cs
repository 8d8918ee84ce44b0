using Docket.Store.Postgres;
using Docket.Store.Sqlite;
using Docket.Store.Storage;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ReferencesOnMeetings_MovesEachMeetingsReferencesBothWays_InOrder(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/2026-11-02.md", """
            # Sync 2026-11-02

            - Looked at #12, then https://example.org/a?b=1&c=2 and owner/repo#7
            - Nothing else

            # Sync 2026-11-09

            - No links this week
            """, "sync");
        List<List<string>> Stored(DocketDbContext db) =>
            [.. db.Meetings.OrderBy(m => m.Date).Select(m => m.References).AsEnumerable()];
        List<List<string>> before;
        await using (var db = store.Provider.CreateContext())
        {
            before = Stored(db);
        }

        Assert.Equal(["#12", "https://example.org/a?b=1&c=2", "owner/repo#7"], before[0]);
        Assert.Empty(before[1]);

        // Back to rows, one per reference with its meeting's line, and forward again.
        await using (var db = store.Provider.CreateContext())
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync("20261207020000_SearchKindIndexWithoutNotes");
            var rows = await db.Database.SqlQueryRaw<string>(
                """SELECT r."Position" || ' ' || r."Line" || ' ' || r."Value" AS "Value" FROM "References" r ORDER BY r."MeetingId", r."Position" """).ToListAsync();
            Assert.Equal(["0 1 #12", "1 1 https://example.org/a?b=1&c=2", "2 1 owner/repo#7"], rows);
            await migrator.MigrateAsync();
        }

        await using (var db = store.Provider.CreateContext())
        {
            Assert.Equal(before, Stored(db));
        }
    }
}
