using Docket.Notes;
using Docket.Notes.Tests.Fixtures;
using Docket.Store.Import;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Tests.Import;

public sealed class NotesImporterTests
{
    private const string WeekOne = """
        # Infra weekly 2024-03-07

        Attending: @carol, dave

        ## Decisions
        - [DECISION] Move CI off Travis to GitHub Actions
        - [DECISION] Keep the Thursday slot

        ## Action items
        - [ ] carol to set up the new runners
        """;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_AthensSeed_StoresEveryMeetingTheReaderFinds(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var path = SharedFiles.Seed("003");
        var parsed = NotesReader.Read(await File.ReadAllBytesAsync(path), path).Document!;

        var result = await store.ImportFileAsync(path);

        Assert.Equal(ImportStatus.Added, result.Status);
        Assert.Equal("athens-weekly-developer-meeting", result.Series);
        await using var db = store.Provider.CreateContext();
        Assert.Equal(parsed.Meetings.Count, await db.Meetings.CountAsync());
        Assert.Equal(parsed.Meetings.Sum(m => m.Decisions.Count), await db.Decisions.CountAsync());
        Assert.Equal(parsed.Meetings.Sum(m => m.Actions.Count), await db.ActionMentions.CountAsync());
        Assert.True(await db.SearchEntries.CountAsync() > parsed.Meetings.Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_SameFileTwice_SecondChangesNothing(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/infra.md", WeekOne);
        var before = await Snapshot.TakeAsync(store);

        var again = await store.ImportTextAsync("/notes/infra.md", WeekOne);

        Assert.Equal(ImportStatus.Unchanged, again.Status);
        Assert.Equal(before, await Snapshot.TakeAsync(store));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_ChangedFile_UpdatesInPlaceKeepingIdentities(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/infra.md", WeekOne);
        await using var before = store.Provider.CreateContext();
        var meetingId = await before.Meetings.Select(m => m.Id).SingleAsync();
        var travisId = await before.Decisions.Where(d => d.Text.Contains("Travis")).Select(d => d.Id).SingleAsync();
        var actionId = await before.Actions.Select(a => a.Id).SingleAsync();

        var changed = WeekOne.Replace("- [DECISION] Keep the Thursday slot", "- [DECISION] Move the meeting to Wednesdays", StringComparison.Ordinal);
        var result = await store.ImportTextAsync("/notes/infra.md", changed);

        Assert.Equal(ImportStatus.Updated, result.Status);
        await using var after = store.Provider.CreateContext();
        Assert.Equal(meetingId, await after.Meetings.Select(m => m.Id).SingleAsync());
        Assert.Equal(travisId, await after.Decisions.Where(d => d.Text.Contains("Travis")).Select(d => d.Id).SingleAsync());
        Assert.Equal(actionId, await after.Actions.Select(a => a.Id).SingleAsync());
        Assert.Equal(["Move CI off Travis to GitHub Actions", "Move the meeting to Wednesdays"], await after.Decisions.OrderBy(d => d.Position).Select(d => d.Text).ToListAsync());
        Assert.Equal(0, await after.SearchEntries.CountAsync(e => e.Text.Contains("Thursday slot")));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_InvalidUtf8_FailsWithLineAndStoresNothing(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var bytes = System.Text.Encoding.UTF8.GetBytes("# Notes 2024-01-04\n\nfine line\n").Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();

        var result = await store.Importer.ImportAsync(new ImportRequest("/notes/broken.md", bytes));

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.StartsWith("/notes/broken.md:4: error", result.ErrorText, StringComparison.Ordinal);
        Assert.Equal(Snapshot.Empty, await Snapshot.TakeAsync(store));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_BrokenNewVersion_KeepsThePreviousOne(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/infra.md", WeekOne);
        var before = await Snapshot.TakeAsync(store);

        var result = await store.Importer.ImportAsync(new ImportRequest("/notes/infra.md", new byte[] { 0x00, 0x01, 0xFF }));

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.Equal(before, await Snapshot.TakeAsync(store));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_NamesWithAndWithoutAt_AreOnePerson(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/a.md", "# Sync 2024-01-04\n\nAttendees: @hsanjuan, lanzafame\n");
        await store.ImportTextAsync("/notes/b.md", "# Sync 2024-01-11\n\nAttendees: hsanjuan, @Lanzafame\n", series: "sync");

        await using var db = store.Provider.CreateContext();
        Assert.Equal(["hsanjuan", "lanzafame"], await db.People.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync());
        Assert.Equal(4, await db.Attendance.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_SeriesOption_OverridesTheDetectedSeries(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        var result = await store.ImportTextAsync("/notes/infra.md", WeekOne, series: "Infrastructure WG");

        Assert.Equal("infrastructure-wg", result.Series);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_ManyAtOnce_QueueRatherThanCollide(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);

        // Every file names the same new series and the same new people: racing writers would
        // both try to create them.
        var imports = Enumerable.Range(1, 8).Select(day => Task.Run(() => store.ImportTextAsync(
            $"/notes/sync-{day}.md",
            $"# Sync 2024-02-{day:00}\n\nAttendees: @newcomer, another\n\n## Action items\n- [ ] newcomer to write up day {day}\n",
            series: "Sync")));
        var results = await Task.WhenAll(imports);

        Assert.All(results, r => Assert.Equal(ImportStatus.Added, r.Status));
        await using var db = store.Provider.CreateContext();
        Assert.Equal(1, await db.Series.CountAsync());
        Assert.Equal(2, await db.People.CountAsync());
        Assert.Equal(8, await db.Meetings.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Import_OverlongNamesAndTitles_AreCutNotRefused(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var name = new string('x', 500);

        // PostgreSQL refuses a value longer than its column; the store cuts names to size first.
        var result = await store.ImportTextAsync("/notes/long.md", $"# {new string('T', 300)} 2024-01-04\n\nAttendees: {name}\n");

        Assert.Equal(ImportStatus.Added, result.Status);
        await using var db = store.Provider.CreateContext();
        Assert.Equal(200, (await db.Series.SingleAsync()).Name.Length);
        Assert.Equal(200, Docket.Store.Model.PersonAlias.Display("@" + name).Length);
    }
}
