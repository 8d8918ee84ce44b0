using Docket.Notes;
using Docket.Notes.Tests.Fixtures;
using Docket.Store.Import;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Docket.Store.Tests.Import;

/// <summary>The whole corpus and the seeds, into each provider: every reading stored whole, and a second pass changes nothing.</summary>
public sealed class CorpusImportTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task ImportAll_StoresWhatTheReaderReadsAndTwiceChangesNothing(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var files = Directory.EnumerateFiles(SharedFiles.Corpus, "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(SharedFiles.Seeds, "*.txt"))
            .Where(f => Path.GetFileName(f) is not ("README.md" or "MANIFEST.tsv"))
            .Order(StringComparer.Ordinal)
            .ToList();

        long meetings = 0, decisions = 0, actions = 0;
        var failed = 0;
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            var read = NotesReader.Read(bytes, file);
            var imported = await store.Importer.ImportAsync(new ImportRequest(file, bytes));
            Assert.Equal(read.Succeeded, imported.Status == ImportStatus.Added);
            if (read.Succeeded)
            {
                meetings += read.Document!.Meetings.Count;
                decisions += read.Document.Meetings.Sum(m => m.Decisions.Count);
                actions += read.Document.Meetings.Sum(m => m.Actions.Count);
            }
            else
            {
                failed++;
            }
        }

        await using (var db = store.Provider.CreateContext())
        {
            Assert.Equal(meetings, await db.Meetings.CountAsync());
            Assert.Equal(decisions, await db.Decisions.CountAsync());
            Assert.Equal(actions, await db.ActionMentions.CountAsync());
            output.WriteLine($"{provider}: {files.Count} files ({failed} unreadable), {meetings} meetings, {decisions} decisions, "
                + $"{actions} action mentions in {await db.Actions.CountAsync()} items, {await db.SearchEntries.CountAsync()} search entries");
        }

        var before = await Snapshot.TakeAsync(store);
        foreach (var file in files)
        {
            var again = await store.Importer.ImportAsync(new ImportRequest(file, await File.ReadAllBytesAsync(file)));
            Assert.True(again.Status is ImportStatus.Unchanged or ImportStatus.Failed, $"{file}: {again.Status}");
        }

        Assert.Equal(before, await Snapshot.TakeAsync(store));
    }
}
