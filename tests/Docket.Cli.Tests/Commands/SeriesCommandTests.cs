using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Docket.Notes.Tests.Fixtures;

namespace Docket.Cli.Tests.Commands;

/// <summary>series, propose, next and ical as a user runs them, on a SQLite file of their own.</summary>
public sealed partial class SeriesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.Combine("docket.db");

    [Fact]
    public async Task SeriesAddShowSkip_StoredAndShown()
    {
        var added = await RunAsync("series", "add", "Athens dev", "--cadence", "weekly on Thursday 11:00 America/Los_Angeles",
            "--role", "moderator", "--role", "notetaker", "--member", "aaron=America/Los_Angeles", "--member", "carol=Europe/Berlin", "--access", "indexed");
        Assert.True(added.ExitCode == 0, added.ToString());

        var skip = await RunAsync("series", "skip", "athens", NextThursday(), "--reason", "US holiday");
        Assert.True(skip.ExitCode == 0, skip.ToString());
        var shown = await RunAsync("series", "show", "athens");

        Assert.Contains("Athens dev (athens-dev), indexed", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("members:  aaron (America/Los_Angeles), carol (Europe/Berlin)", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("skipped: US holiday", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("athens-dev\tAthens dev\t0 meetings\tweekly on Thursday 11:00 America/Los_Angeles for 60 minutes", (await RunAsync("series", "list")).Stdout, StringComparison.Ordinal);
    }

    public static TheoryData<string[], string> BadInput => new()
    {
        // An unknown zone is named.
        { ["series", "add", "x", "--cadence", "weekly on Monday 10:00 Europe/Berlinn"], "Europe/Berlinn" },
        // An impossible recurrence.
        { ["series", "add", "x", "--cadence", "every 0 weeks on Monday"], "cannot use cadence" },
        // A template with a broken placeholder names it and its line.
        { ["series", "add", "x", "--cadence", "weekly on Monday", "--template", "broken.md"], "meeting.dat" },
        // A series that does not exist.
        { ["next", "nope"], "there is no series 'nope'" },
        { ["series", "skip", "nope", "2026-01-01"], "there is no series 'nope'" },
        // A member without a zone.
        { ["series", "add", "x", "--cadence", "weekly on Monday", "--member", "carol"], "NAME=ZONE" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInput_ClearErrorAndNothingStored(string[] args, string expected)
    {
        _folder.Write("broken.md", "# {{ meeting.title }}\n{{ meeting.dat }}\n");

        var run = await RunAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Equal("No series yet: import notes (`docket import`) or add one (`docket series add`).\n", (await RunAsync("series", "list")).Stdout);
    }

    [Fact]
    public async Task Next_CratesSeries_CarriesOpenItemsUntilDone()
    {
        Assert.Equal(0, (await RunAsync("import", SharedFiles.Seed("001"))).ExitCode);
        Assert.Equal(0, (await RunAsync("series", "edit", "crates", "--cadence", "weekly on Friday 20:30 UTC", "--template", "issue")).ExitCode);

        var first = await RunAsync("next", "crates", "--out", "002.md");
        var again = await RunAsync("next", "crates", "--out", "002-again.md");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("#002", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("planned before", again.Stdout, StringComparison.Ordinal);
        var agenda = await File.ReadAllTextAsync(_folder.Combine("002.md"));
        Assert.Equal(agenda, await File.ReadAllTextAsync(_folder.Combine("002-again.md")));
        using var open = JsonDocument.Parse((await RunAsync("actions", "--open", "--json")).Stdout);
        var items = open.RootElement.EnumerateArray().Select(i => (Id: i.GetProperty("id").GetInt32(), Text: i.GetProperty("text").GetString()!)).ToList();
        Assert.Equal(6, items.Count);
        Assert.All(items, i => Assert.Contains(i.Text, agenda, StringComparison.Ordinal));

        // Two are done; #002's notes come in on the planned date; the next agenda carries the other four.
        await RunAsync("actions", "done", items[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await RunAsync("actions", "drop", items[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var date = PlannedDate().Match(first.Stdout).Groups[1].Value;
        _folder.Write("notes/002.md", $"# Crates.io Weekly Team Meeting #002 {date}\n\n## Outcomes\n- roadmap talk\n");
        Assert.Equal(0, (await RunAsync("import", _folder.Combine("notes"), "--series", "crates-io-weekly-team-meeting")).ExitCode);

        var third = await RunAsync("next", "crates", "--out", "003.md");

        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Contains("#003", third.Stdout, StringComparison.Ordinal);
        var next = await File.ReadAllTextAsync(_folder.Combine("003.md"));
        Assert.DoesNotContain(items[0].Text, next, StringComparison.Ordinal);
        Assert.DoesNotContain(items[1].Text, next, StringComparison.Ordinal);
        Assert.All(items.Skip(2), i => Assert.Contains(i.Text, next, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ical_HostileNamesAndTopics_ParsesBackTheSameWithTwoParsers()
    {
        // A name and a topic that try to end the event and start forged ones; a lone surrogate and a bell.
        const string hostile = "Sync\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged\u0007\ud800";
        Assert.Equal(0, (await RunAsync("series", "add", hostile, "--cadence", "weekly on Thursday 11:00 America/Los_Angeles")).ExitCode);
        Assert.Equal(0, (await RunAsync("series", "skip", "sync", NextThursday(), "--reason", "holiday\r\nX-INJECTED:1")).ExitCode);
        Assert.Equal(0, (await RunAsync("propose", "sync", "Drone\nEND:VCALENDAR", "--by", "Aaron")).ExitCode);
        Assert.Equal(0, (await RunAsync("next", "sync", "--out", "next.md")).ExitCode);

        var run = await RunAsync("ical", "sync", "--out", "sync.ics", "--base-url", "https://docket.example.org");

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = await File.ReadAllTextAsync(_folder.Combine("sync.ics"));
        Assert.DoesNotContain("\nX-INJECTED", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nSUMMARY:forged", text, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(text)!;
        var ours = calendar.Events.Select(e => (e.Uid!, e.DtStart!.AsUtc, e.DtEnd!.AsUtc, e.Status!)).OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
        var theirs = (await ParseWithIcalJsAsync(_folder.Combine("sync.ics")))
            .Select(e => (e.Uid, e.Start, e.End, e.Status)).OrderBy(e => e.Uid, StringComparer.Ordinal).ToList();

        // Roughly 26 weeks ahead, up to a year back: the feed is not empty, and both parsers see the same events.
        Assert.InRange(ours.Count, 26, 80);
        Assert.Equal(ours, theirs);
        Assert.Equal(ours.Count, Regex.Count(text, "^BEGIN:VEVENT\r?$", RegexOptions.Multiline));
        Assert.Single(ours, e => e.Item4 == "CANCELLED");
        Assert.All(calendar.Events, e => Assert.DoesNotContain('\n', e.Summary!));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>The events as ical.js reads them: installed from the npm registry with the pinned lock file, into this test's folder.</summary>
    private async Task<IReadOnlyList<(string Uid, DateTime Start, DateTime End, string Status)>> ParseWithIcalJsAsync(string ics)
    {
        var source = Path.Combine(SharedFiles.RepositoryRoot, "tests", "Docket.Cli.Tests", "ical-check");
        var work = _folder.Combine("ical-check");
        Directory.CreateDirectory(work);
        foreach (var file in new[] { "package.json", "package-lock.json", "check.mjs" })
        {
            File.Copy(Path.Combine(source, file), Path.Combine(work, file));
        }

        var install = await ToolAsync("npm", work, "ci", "--no-audit", "--no-fund");
        Assert.True(install.ExitCode == 0, $"npm ci failed: ical.js is needed to check the feed with a second parser (is npm installed and the registry reachable?)\n{install}");
        var parsed = await ToolAsync("node", work, "check.mjs", ics);
        Assert.True(parsed.ExitCode == 0, parsed.ToString());
        return [.. parsed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            var e = json.RootElement;
            return (e.GetProperty("uid").GetString()!,
                DateTime.Parse(e.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
                DateTime.Parse(e.GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
                e.GetProperty("status").GetString()!);
        })];
    }

    private static async Task<DocketRun> ToolAsync(string tool, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is needed to check the feed with a second parser and could not be started: {e.Message}", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(deadline.Token);
            return new DocketRun(process.ExitCode, await stdout, await stderr);
        }
    }

    /// <summary>The first Thursday after today (UTC): a date the Thursday series meets on, whenever the test runs.</summary>
    private static string NextThursday()
    {
#pragma warning disable RS0030 // The CLI runs on the real clock, so the test picks its date from it too.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
#pragma warning restore RS0030
        var days = ((int)DayOfWeek.Thursday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<DocketRun> RunAsync(params string[] args) =>
        DocketProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(5), ["--db", Db, .. args]);

    [GeneratedRegex(@"#002 (\d{4}-\d{2}-\d{2})")]
    private static partial Regex PlannedDate();
}
