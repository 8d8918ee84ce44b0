using System.Text;
using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.Search;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Tests.Import;

/// <summary>
/// Many files go in batches, several per transaction, each file in a savepoint: a file the store
/// refuses halfway leaves nothing, the files around it stay, and every stored entry is searchable.
/// </summary>
public sealed class ImportAllTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ImportAll_StoreRefusesOneFileHalfway_KeepsTheOthersAndNothingOfIt(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await PoisonAsync(store, provider);
        var files = new[]
        {
            Request("/notes/a.md", "# Sync 2024-01-04\n\nAttendees: Ada\n\n- alphaword is on the table\n- [ ] Ada to write the alphaword guide\n"),
            Request("/notes/b.md", "# Sync 2024-01-11\n\nAttendees: Zed Newcomer\n\n- betaword came up\n- [DECISION] Go with betaword\n- [ ] Zed Newcomer to ship betaword\n- and then poison\n"),
            Request("/notes/c.md", "# Sync 2024-01-18\n\nAttendees: Ada\n\n- gammaword at last\n"),
        };

        var results = await ImportAllAsync(store, files);

        Assert.Equal(["/notes/a.md", "/notes/b.md", "/notes/c.md"], results.Select(r => r.Path));
        Assert.Equal([ImportStatus.Added, ImportStatus.Failed, ImportStatus.Added], results.Select(r => r.Status));
        Assert.Contains("the store refused this file", results[1].ErrorText, StringComparison.Ordinal);

        // Everything b.md wrote before its search entries was undone: file, meeting, decision, action, person.
        await using (var db = store.Provider.CreateContext())
        {
            Assert.Equal(["/notes/a.md", "/notes/c.md"], (await db.SourceFiles.Select(f => f.Path).ToListAsync()).Order(StringComparer.Ordinal));
            Assert.Equal(2, await db.Meetings.CountAsync());
            Assert.Equal(0, await db.Decisions.CountAsync());
            Assert.Equal(1, await db.Actions.CountAsync());
            Assert.False(await db.People.AnyAsync(p => p.Name == "Zed Newcomer"));
        }

        Assert.Equal(1, (await SearchAsync(store, "alphaword")).Hits.Count(h => h.Kind == SearchKind.Note));
        Assert.Single((await SearchAsync(store, "gammaword")).Hits);
        Assert.Empty((await SearchAsync(store, "betaword")).Hits);
        await CheckIndexAsync(store, provider);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ImportAll_ManyFilesAndOnePathTwice_IndexesWhatIsStoredAndNothingElse(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var files = Enumerable.Range(1, 40)
            .Select(i => Request($"/notes/{i:00}.md", $"# Sync 2024-{1 + (i % 12):00}-{1 + (i % 28):00}\n\n- topic word{i}x for this week\n"))
            .Append(Request("/notes/07.md", "# Sync 2024-08-08\n\n- rewritten with replacementword\n"))
            .ToList();

        var results = await ImportAllAsync(store, files);

        Assert.Equal(41, results.Count);
        Assert.Equal(ImportStatus.Updated, results[^1].Status);
        Assert.All(results.SkipLast(1), r => Assert.Equal(ImportStatus.Added, r.Status));
        foreach (var i in Enumerable.Range(1, 40).Where(i => i != 7))
        {
            Assert.Single((await SearchAsync(store, $"word{i}x")).Hits);
        }

        Assert.Empty((await SearchAsync(store, "word7x")).Hits);
        Assert.Single((await SearchAsync(store, "replacementword")).Hits);
        await CheckIndexAsync(store, provider);

        var again = await ImportAllAsync(store, files.SkipLast(1));
        Assert.Equal(ImportStatus.Updated, again[6].Status);
        Assert.All(again.Where((_, i) => i != 6), r => Assert.Equal(ImportStatus.Unchanged, r.Status));
        Assert.Single((await SearchAsync(store, "word7x")).Hits);
        Assert.Empty((await SearchAsync(store, "replacementword")).Hits);
        await CheckIndexAsync(store, provider);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ImportAll_UnreadableNotes_ReportsTheFileAndStoresTheRest(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var results = await ImportAllAsync(store, [Request("/notes/empty.md", ""), Request("/notes/ok.md", "# Sync 2024-01-04\n\n- fine\n")]);

        Assert.Equal(ImportStatus.Failed, results.Single(r => r.Path == "/notes/empty.md").Status);
        Assert.Equal(ImportStatus.Added, results.Single(r => r.Path == "/notes/ok.md").Status);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ImportAll_LargeShareOfTheIndex_SettlesItAndFindsEverything(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        // Two blank lines between the notes: each line is an entry (a passage) of its own.
        var files = Enumerable.Range(0, 30).Select(f => Request(
            $"/notes/big-{f:00}.md",
            $"# Sync 2023-{1 + (f % 12):00}-{1 + f:00}\n\n" + string.Concat(Enumerable.Range(0, 400).Select(l => $"- line {l} of file {f} says token{f}x{l}y\n\n\n"))));

        var results = await ImportAllAsync(store, files);

        Assert.All(results, r => Assert.Equal(ImportStatus.Added, r.Status));
        Assert.Single((await SearchAsync(store, "token0x0y")).Hits);
        Assert.Single((await SearchAsync(store, "token29x399y")).Hits);
        await CheckIndexAsync(store, provider);

        // The policy: only an import that wrote a large share (and at least 10,000 entries) is settled.
        await using var db = store.Provider.CreateContext();
        var last = await db.SearchEntries.MaxAsync(e => e.Id);
        Assert.True(await db.SearchEntries.CountAsync() >= 12_000);
        Assert.False(await store.Provider.Search.SettleAsync(db, last - 100, CancellationToken.None));
        Assert.Equal(provider == TestStore.Sqlite, await store.Provider.Search.SettleAsync(db, 0, CancellationToken.None));
        await CheckIndexAsync(store, provider);
    }

    [Fact]
    public async Task ImportAll_TurnsMergingOffAndKeepsTermsInMemoryWhileItWrites_AndRestoresBothWhenItEnds()
    {
        await using var store = await TestStore.CreateAsync(TestStore.Sqlite);
        var files = Enumerable.Range(0, 3).Select(f => Request($"/notes/m-{f}.md", $"# Sync 2023-01-{1 + f:00}\n\n- mergeword{f}\n"));

        // While the batches write, automerge is off and pending terms may take 64 MB; the import's
        // settling brings back FTS5's defaults (automerge 4, hashsize 1 MB).
        var during = new List<(long?, long?)>();
        await foreach (var _ in store.Importer.ImportAllAsync(files))
        {
            during.Add(await IndexSettingsAsync(store));
        }

        Assert.Contains((0L, 64L * 1024 * 1024), during);
        Assert.Equal((4L, 1024L * 1024), await IndexSettingsAsync(store));

        // A bulk batch that never settled (a killed import) is undone by the next ordinary write.
        await using (var db = store.Provider.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await store.Provider.Search.BeginWritesAsync(db, bulk: true, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal((0L, 64L * 1024 * 1024), await IndexSettingsAsync(store));
        await store.Importer.ImportAsync(Request("/notes/after.md", "# Sync 2023-02-01\n\n- afterword\n"));
        Assert.Equal((4L, 1024L * 1024), await IndexSettingsAsync(store));
        Assert.Single((await SearchAsync(store, "mergeword1")).Hits);
        await CheckIndexAsync(store, TestStore.Sqlite);
    }

    [Fact]
    public async Task ImportAll_PooledConnectionsHaveSqlitesDefaultPageCacheAndCheckpointsAgainOnceItEnds()
    {
        await using var store = await TestStore.CreateAsync(TestStore.Sqlite);
        var files = Enumerable.Range(0, 3).Select(f => Request($"/notes/c-{f}.md", $"# Sync 2023-01-{1 + f:00}\n\n- cacheword{f}\n"));
        var settings = new List<(long, long)>();
        await foreach (var _ in store.Importer.ImportAllAsync(files))
        {
            // Another connection than the import's, which is busy: ordinary work never sees the bulk settings.
            settings.Add(await ConnectionSettingsAsync(store.Provider.CreateContext()));
        }

        Assert.All(settings, s => Assert.Equal((-2000L, 1000L), s));

        // Every connection the pool holds now, the import's among them, is opened at once.
        var contexts = Enumerable.Range(0, 3).Select(_ => store.Provider.CreateContext()).ToList();
        foreach (var db in contexts)
        {
            await db.Database.OpenConnectionAsync();
        }

        foreach (var db in contexts)
        {
            Assert.Equal((-2000L, 1000L), await ConnectionSettingsAsync(db));
        }

        Assert.Single((await SearchAsync(store, "cacheword2")).Hits);
    }

    /// <summary>
    /// The connection's page cache (negative: in kibibytes) and the log length, in pages, at which
    /// its commits checkpoint. Disposes <paramref name="db"/>.
    /// </summary>
    private static async Task<(long CacheSize, long AutoCheckpoint)> ConnectionSettingsAsync(Microsoft.EntityFrameworkCore.DbContext db)
    {
        await using (db)
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA cache_size;";
            var cacheSize = (long)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA wal_autocheckpoint;";
            return (cacheSize, (long)(await command.ExecuteScalarAsync())!);
        }
    }

    /// <summary>The FTS5 settings a bulk import changes: automerge and hashsize.</summary>
    private static async Task<(long? AutoMerge, long? HashSize)> IndexSettingsAsync(TestStore store)
    {
        await using var db = store.Provider.CreateContext();
        async Task<long?> Setting(string key) =>
            await db.Database.SqlQuery<long?>($"""SELECT (SELECT v FROM "SearchIndex_config" WHERE k = {key}) AS "Value" """).SingleAsync();
        return (await Setting("automerge"), await Setting("hashsize"));
    }

    private static ImportRequest Request(string path, string text) => new(path, Encoding.UTF8.GetBytes(text)) { Series = "sync" };

    private static async Task<List<FileImport>> ImportAllAsync(TestStore store, IEnumerable<ImportRequest> files)
    {
        var results = new List<FileImport>();
        await foreach (var result in store.Importer.ImportAllAsync(files))
        {
            results.Add(result);
        }

        return results;
    }

    private static async Task<SearchResults> SearchAsync(TestStore store, string query)
    {
        var result = await store.Search.SearchAsync(new SearchRequest(query));
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    /// <summary>A trigger that makes the store refuse any search entry saying "poison": the last rows a file writes.</summary>
    private static async Task PoisonAsync(TestStore store, string provider)
    {
        await using var db = store.Provider.CreateContext();
        if (provider == TestStore.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TRIGGER "Poison" BEFORE INSERT ON "SearchEntries" WHEN new."Text" LIKE '%poison%'
                BEGIN SELECT RAISE(ABORT, 'poisoned entry'); END;
                """);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW."Text" LIKE '%poison%' THEN RAISE EXCEPTION 'poisoned entry'; END IF; RETURN NEW; END $$;
                CREATE TRIGGER "Poison" BEFORE INSERT ON "SearchEntries" FOR EACH ROW EXECUTE FUNCTION poison();
                """);
        }
    }

    /// <summary>On SQLite, FTS5's own check that its index holds exactly the rows of SearchEntries.</summary>
    private static async Task CheckIndexAsync(TestStore store, string provider)
    {
        if (provider == TestStore.Sqlite)
        {
            await using var db = store.Provider.CreateContext();
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('integrity-check', 1);""");
        }
    }
}
