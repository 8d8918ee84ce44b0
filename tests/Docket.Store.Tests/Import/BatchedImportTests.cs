using System.Text;
using Docket.Notes.Tests.Fixtures;
using Docket.Store.Actions;
using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Tests.Import;

/// <summary>
/// An import of many files writes them in batches that keep the teams, series, people and action
/// items they looked up, from one batch to the next while nobody else writes: what it stores must
/// be exactly what importing each file on its own stores.
/// </summary>
public sealed class BatchedImportTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ImportAll_StoresExactlyWhatOneFileAtATimeStores(string provider)
    {
        var files = Directory.EnumerateFiles(SharedFiles.Corpus, "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(SharedFiles.Seeds, "*.txt"))
            .Where(f => Path.GetFileName(f) is not ("README.md" or "MANIFEST.tsv"))
            .Order(StringComparer.Ordinal)
            .Select(f => new ImportRequest(f, File.ReadAllBytes(f)))
            .ToList();

        await using var single = await TestStore.CreateAsync(provider);
        foreach (var file in files)
        {
            await single.Importer.ImportAsync(file);
        }

        // Many short transactions, so that most files are written with what earlier ones looked up.
        await using var batched = await TestStore.CreateAsync(provider);
        var importer = new NotesImporter(batched.Provider, batched.Clock) { BatchTime = TimeSpan.FromMilliseconds(20) };
        var results = new List<FileImport>();
        await foreach (var result in importer.ImportAllAsync(files))
        {
            results.Add(result);
        }

        Assert.Equal(files.Count, results.Count);
        Assert.Contains(results, r => r.Status == ImportStatus.Failed);   // the corpus has unreadable files: the batch goes on
        var expected = await ContentsAsync(single);
        var actual = await ContentsAsync(batched);
        Assert.True(expected.Length > 100_000, $"only {expected.Length} characters of contents");
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], -1);
        Assert.True(first < 0, first < 0 ? "" : $"line {first}:\n one at a time: {expectedLines[first]}\n batched:       {actualLines[first]}");
        Assert.Equal(expectedLines.Length, actualLines.Length);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ImportAll_CarriedItems_HoldTheStateAllTheirMentionsGive(string provider)
    {
        // An import works out carried items from the mentions it keeps in memory; working each one
        // out again from the store, through the context, must change nothing.
        var files = Directory.EnumerateFiles(SharedFiles.Corpus, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is not ("README.md" or "MANIFEST.tsv"))
            .Order(StringComparer.Ordinal)
            .Select(f => new ImportRequest(f, File.ReadAllBytes(f)))
            .ToList();
        await using var store = await TestStore.CreateAsync(provider);
        await foreach (var _ in store.Importer.ImportAllAsync(files))
        {
        }

        var imported = await ContentsAsync(store);
        await using (var db = store.Provider.CreateContext())
        {
            var carried = await db.Actions.CountAsync(a => a.MeetingCount > 1);
            Assert.True(carried > 100, $"only {carried} items carried over: too few to tell");
            var team = await db.Teams.SingleAsync();
            var ids = await db.Actions.Select(a => a.Id).ToListAsync();
            await ActionLinker.RefreshAsync(db, ids, new PersonDirectory(db, team), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var worked = await ContentsAsync(store);
        var importedLines = imported.Split('\n');
        var workedLines = worked.Split('\n');
        var first = Enumerable.Range(0, Math.Min(importedLines.Length, workedLines.Length)).FirstOrDefault(i => importedLines[i] != workedLines[i], -1);
        Assert.True(first < 0, first < 0 ? "" : $"line {first}:\n imported:          {importedLines[first]}\n worked out again: {workedLines[first]}");
        Assert.Equal(importedLines.Length, workedLines.Length);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ImportAll_ItemClosedByAnEarlierFileOfTheBatch_IsNotCarriedByALaterOne(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var files = new[]
        {
            Request("/notes/1.md", "# Sync 2024-03-05\n\n## Action items\n\n- [ ] Ada to write the alpha deployment guide\n"),
            Request("/notes/2.md", "# Sync 2024-03-12\n\n## Action items\n\n- [x] Ada to write the alpha deployment guide\n"),
            Request("/notes/3.md", "# Sync 2024-03-19\n\n## Action items\n\n- [ ] Ada to write the alpha deployment guide today\n"),
        };

        // One batch for all three, however slow the first file is.
        var importer = new NotesImporter(store.Provider, store.Clock) { BatchTime = TimeSpan.FromMinutes(5) };
        await foreach (var result in importer.ImportAllAsync(files))
        {
            Assert.Equal(ImportStatus.Added, result.Status);
        }

        // The first item was closed by the second file, in the same batch: the third file's
        // reworded item is a new one, not the closed one carried again.
        await using var db = store.Provider.CreateContext();
        var items = await db.Actions.OrderBy(a => a.Id).Select(a => new { a.Text, a.Status, a.MeetingCount }).ToListAsync();
        Assert.Equal(2, items.Count);
        Assert.Equal((ActionStatus.Done, 2), (items[0].Status, items[0].MeetingCount));
        Assert.Equal((ActionStatus.Open, 1), (items[1].Status, items[1].MeetingCount));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ImportAll_SomeoneElseWritesBetweenItsTransactions_LooksEverythingUpAgain(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var files = new[]
        {
            Request("/notes/1.md", "# Sync 2024-03-05\n\nAttendees: Ada\n\n## Action items\n\n- [ ] Ada to write the alpha deployment guide\n"),
            Request("/notes/2.md", "# Sync 2024-03-12\n\nAttendees: Ada\n\n## Action items\n\n- [ ] Ada to write the alpha deployment guide\n"),
        };

        // A transaction per file; between the two, another connection removes the series and Ada.
        var importer = new NotesImporter(store.Provider, store.Clock) { BatchTime = TimeSpan.Zero };
        var results = new List<FileImport>();
        await foreach (var result in importer.ImportAllAsync(files))
        {
            results.Add(result);
            if (results.Count == 1)
            {
                await using var other = store.Provider.CreateContext();
                await other.Series.ExecuteDeleteAsync();
                await other.People.ExecuteDeleteAsync();
            }
        }

        // The second file made them again rather than writing rows for what is gone.
        Assert.Equal([ImportStatus.Added, ImportStatus.Added], results.Select(r => r.Status));
        await using var db = store.Provider.CreateContext();
        Assert.Equal("sync", (await db.Series.SingleAsync()).Slug);
        Assert.Equal("Ada", (await db.People.SingleAsync()).Name);
        Assert.Equal(1, await db.Attendance.CountAsync());
        var item = await db.Actions.SingleAsync();
        Assert.Equal((1, ActionStatus.Open), (item.MeetingCount, item.Status));
        Assert.Equal(1, await db.ActionAssignees.CountAsync());
    }

    private static ImportRequest Request(string path, string text) => new(path, Encoding.UTF8.GetBytes(text)) { Series = "sync" };

    /// <summary>Series, people, action items with their state and owners, mentions and search entries, ids included.</summary>
    private static async Task<string> ContentsAsync(TestStore store)
    {
        await using var db = store.Provider.CreateContext();
        var text = new StringBuilder();
        foreach (var s in await db.Series.OrderBy(s => s.Id).Select(s => new { s.Id, s.TeamId, s.Slug, s.Name }).ToListAsync())
        {
            text.Append("series ").Append(s).Append('\n');
        }

        foreach (var p in await db.People.OrderBy(p => p.Id).Select(p => new { p.Id, p.TeamId, p.Name }).ToListAsync())
        {
            text.Append("person ").Append(p).Append('\n');
        }

        foreach (var a in await db.Aliases.OrderBy(a => a.Id).Select(a => new { a.Id, a.PersonId, a.Key }).ToListAsync())
        {
            text.Append("alias ").Append(a).Append('\n');
        }

        foreach (var a in await db.Actions.OrderBy(a => a.Id).Select(a => new
        {
            a.Id, a.SeriesId, a.Key, a.Text, a.Status, a.ClosedInMeetingId, a.FirstMeetingId, a.LastMeetingId, a.FirstDate, a.LastDate, a.OwnerKeys, a.MeetingCount,
        }).ToListAsync())
        {
            text.Append("action ").Append(a).Append('\n');
        }

        foreach (var a in await db.ActionAssignees.OrderBy(a => a.ActionItemId).ThenBy(a => a.PersonId).Select(a => new { a.ActionItemId, a.PersonId }).ToListAsync())
        {
            text.Append("owner ").Append(a).Append('\n');
        }

        foreach (var m in await db.ActionMentions.OrderBy(m => m.Id).Select(m => new { m.Id, m.ActionItemId, m.MeetingId, m.Done, m.Dropped, m.Line }).ToListAsync())
        {
            text.Append("mention ").Append(m).Append('\n');
        }

        foreach (var e in await db.SearchEntries.OrderBy(e => e.Id).Select(e => new { e.Id, e.MeetingId, e.Kind, e.Line, e.People, e.Text }).ToListAsync())
        {
            text.Append("entry ").Append(e).Append('\n');
        }

        return text.ToString();
    }
}
