using System.Text.Json;
using Docket.Notes;
using Docket.Notes.Tests.Fixtures;
using Docket.Store.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Docket.Cli.Tests.Commands;

/// <summary>import, actions, decisions and search as a user runs them, on a SQLite file of their own.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.Combine("docket.db");

    [Fact]
    public async Task NewUser_AthensSeed_GetsWhatAReaderOfTheNotesExpects()
    {
        var import = await RunAsync("import", SharedFiles.Seed("003"));
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("1 files (1 added, 0 updated, 0 unchanged, 0 failed): 36 meetings", import.Stdout, StringComparison.Ordinal);

        var aarons = await RunAsync("actions", "--open", "--who", "Aaron");
        Assert.Equal(0, aarons.ExitCode);
        Assert.Contains("Aaron to fix GCP builds first", aarons.Stdout, StringComparison.Ordinal);
        Assert.Contains("Aaron to set up meetups for this", aarons.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Marwan to release", aarons.Stdout, StringComparison.Ordinal);

        var travis = await RunAsync("search", "travis");
        Assert.Equal(0, travis.ExitCode);
        Assert.Contains("Decided to go with Drone", travis.Stdout, StringComparison.Ordinal);
        Assert.Contains("Getting rid of Travis", travis.Stdout, StringComparison.Ordinal);

        var decisions = await RunAsync("decisions", "--series", "athens");
        Assert.Equal(0, decisions.ExitCode);
        Assert.Contains("Decided to go with Drone", decisions.Stdout, StringComparison.Ordinal);
        Assert.Contains("7 decisions", decisions.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionsJson_CarriesOwnersAgeAndWhereMentioned()
    {
        _folder.Write("notes/2024-03-07.md", "# Infra 2024-03-07\n\n## Action items\n- [ ] carol to rotate the deploy keys\n");
        _folder.Write("notes/2024-03-14.md", "# Infra 2024-03-14\n\n## Action items from last week\n- [ ] carol to rotate the deploy keys\n");
        Assert.Equal(0, (await RunAsync("import", _folder.Combine("notes"), "--series", "infra")).ExitCode);

        var listed = await RunAsync("actions", "--json");
        using var json = JsonDocument.Parse(listed.Stdout);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("open", item.GetProperty("status").GetString());
        Assert.Equal(["carol"], item.GetProperty("owners").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(2, item.GetProperty("mentions").GetInt32());
        Assert.Equal(2, item.GetProperty("ageMeetings").GetInt32());
        Assert.Equal("2024-03-07", item.GetProperty("first").GetProperty("date").GetString());
        Assert.Equal(4, item.GetProperty("first").GetProperty("line").GetInt32());
        Assert.Equal("2024-03-14", item.GetProperty("last").GetProperty("date").GetString());

        var id = item.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = await RunAsync("actions", "done", id);
        Assert.Equal(0, done.ExitCode);
        Assert.Contains("No action items found.", (await RunAsync("actions", "--open")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Twice_SecondChangesNothing()
    {
        _folder.Write("notes/a.md", "# Sync 2024-01-04\n\n- [DECISION] ship it\n");

        await RunAsync("import", _folder.Combine("notes"));
        var again = await RunAsync("import", _folder.Combine("notes"));

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("1 files (0 added, 0 updated, 1 unchanged, 0 failed)", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BrokenFile_NamesFileAndLineAndStoresTheOthers()
    {
        _folder.Write("notes/good.md", "# Sync 2024-01-04\n\n- [DECISION] ship it\n");
        _folder.Write("notes/bad.md", [.. "# Sync 2024-01-11\n\nok\n"u8, 0xC3, 0x28]);

        var run = await RunAsync("import", _folder.Combine("notes"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{_folder.Combine("notes/bad.md")}:4: error", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 files (1 added, 0 updated, 0 unchanged, 1 failed)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("ship it", (await RunAsync("decisions")).Stdout, StringComparison.Ordinal);
    }

    // Each row: a query an unguarded FTS5 MATCH would fail on or misread, and what the user is told.
    [Theory]
    [InlineData("\"unbalanced", "unclosed quote")]
    [InlineData("-travis", "at least one word")]
    [InlineData("kind:secrets travis", "unknown kind 'secrets'")]
    public async Task Search_MalformedQuery_GetsAClearMessage(string query, string message)
    {
        _folder.Write("notes/a.md", "# Sync 2024-01-04\n\n- Travis is slow\n");
        await RunAsync("import", _folder.Combine("notes"));

        var run = await RunAsync("search", query);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", run.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Import_KilledMidway_LeavesWholeFilesOnly()
    {
        using var importing = DocketProcess.Start(_folder.Path, "--db", Db, "import", SharedFiles.Corpus);
        var added = 0;
        while (added < 40 && await importing.StandardOutput.ReadLineAsync() is { } line)
        {
            added += line.StartsWith("added", StringComparison.Ordinal) ? 1 : 0;
        }

        importing.Kill(entireProcessTree: true);   // SIGKILL: no chance to clean up
        await importing.WaitForExitAsync();
        Assert.True(added >= 40, "the import ended before it could be killed midway");

        var store = new SqliteStore(Db);
        await using var db = store.CreateContext();
        var files = await db.SourceFiles.Select(f => new { f.Id, f.Path, Meetings = f.Meetings.Count }).ToListAsync();
        Assert.True(files.Count >= added);
        foreach (var file in files)
        {
            var expected = NotesReader.Read(await File.ReadAllBytesAsync(file.Path), file.Path).Document!.Meetings.Count;
            Assert.True(expected == file.Meetings, $"{file.Path}: {file.Meetings} meetings stored, the file has {expected}");
        }

        Assert.Equal(0, await db.Meetings.CountAsync(m => !db.SourceFiles.Any(f => f.Id == m.SourceId)));
        Assert.Equal(0, await db.SearchEntries.CountAsync(e => !db.Meetings.Any(m => m.Id == e.MeetingId)));

        // FTS5's own check that its index holds exactly the stored entries: none lost, none left over.
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchIndex"("SearchIndex", rank) VALUES ('integrity-check', 1);""");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task TwoImportsAndASearch_AtOnce_AllSucceed()
    {
        var first = DocketProcess.Start(_folder.Path, "--db", Db, "import", Path.Combine(SharedFiles.Corpus, "hypha"));
        var second = DocketProcess.Start(_folder.Path, "--db", Db, "import", Path.Combine(SharedFiles.Corpus, "cratesio"), SharedFiles.Seeds);
        var searches = new List<DocketRun>();
        while (!first.HasExited || !second.HasExited)
        {
            searches.Add(await RunAsync("search", "meeting"));
        }

        var firstRun = new DocketRun(first.ExitCode, await first.StandardOutput.ReadToEndAsync(), await first.StandardError.ReadToEndAsync());
        var secondRun = new DocketRun(second.ExitCode, await second.StandardOutput.ReadToEndAsync(), await second.StandardError.ReadToEndAsync());
        first.Dispose();
        second.Dispose();

        Assert.True(firstRun.ExitCode == 0, firstRun.ToString());
        Assert.True(secondRun.ExitCode == 0, secondRun.ToString());
        Assert.All(searches, s => Assert.True(s.ExitCode == 0, s.ToString()));
        Assert.DoesNotContain(searches.Concat([firstRun, secondRun]), r => r.Stderr.Contains("locked", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private Task<DocketRun> RunAsync(params string[] args) =>
        DocketProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(5), ["--db", Db, .. args]);
}
