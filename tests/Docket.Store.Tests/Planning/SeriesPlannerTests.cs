using Docket.Meetings.Scheduling;
using Docket.Notes.Tests.Fixtures;
using Docket.Store.Model;
using Docket.Store.Planning;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Tests.Planning;

public sealed class SeriesPlannerTests
{
    private const string BrokenTemplate = "# {{ meeting.title }}\n\n{{ meeting.tilte }}\n";

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Add_FullSettings_StoredAndShownWithNextMeetingsInUtc(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var planner = new SeriesPlanner(store.Provider, store.Clock);

        var added = await planner.AddAsync("Infra sync", new SeriesSettings
        {
            Cadence = "weekly on Thursday 11:00 America/Los_Angeles",
            DurationMinutes = 45,
            Template = "running",
            Roles = ["Moderator", "notetaker"],
            Members = [new MemberSetting("carol", "europe/berlin"), new MemberSetting("aaron", "America/Los_Angeles")],
            Access = AccessLevel.Indexed,
        });

        Assert.True(added.Succeeded, added.Message);
        var shown = await planner.ShowAsync("infra");
        var view = shown.Value!;
        Assert.Equal("infra-sync", view.Slug);
        Assert.Equal("weekly on Thursday 11:00 America/Los_Angeles for 45 minutes", view.Cadence);
        Assert.Equal(AccessLevel.Indexed, view.Access);
        Assert.Equal(["moderator", "notetaker"], view.Roles);
        // The zone is stored as the tz database spells it, whatever case was typed.
        Assert.Equal(new SeriesMemberView("carol", "Europe/Berlin", false), view.Members[0]);
        // The fake clock is Monday 2026-11-23 12:00 UTC: Thursday 26th at 11:00 PST is 19:00 UTC.
        Assert.Equal(Instant.FromUtc(2026, 11, 26, 19, 0), view.Upcoming[0].Instant);
        Assert.Equal(SeriesPlanner.UpcomingCount, view.Upcoming.Count);
    }

    public static TheoryData<string, SeriesSettings, string> BadSettings => new()
    {
        // An unknown zone in the cadence is named.
        { "zone", new SeriesSettings { Cadence = "weekly on Thursday 11:00 America/Los_Angelos" }, "America/Los_Angelos" },
        // An impossible rule: no meeting can happen every 0 weeks.
        { "interval", new SeriesSettings { Cadence = "every 0 weeks on Tuesday" }, "cannot use cadence" },
        // A member's zone is checked like the series' own.
        { "member zone", new SeriesSettings { Cadence = "weekly on Monday", Members = [new MemberSetting("carol", "Mars/Olympus")] }, "Mars/Olympus" },
        // A custom template with a misspelt placeholder names it.
        { "placeholder", new SeriesSettings { Cadence = "weekly on Monday", Template = "mine.md", TemplateSource = BrokenTemplate }, "tilte" },
        // A built-in template that does not exist lists the ones that do.
        { "built-in", new SeriesSettings { Cadence = "weekly on Monday", Template = "minutes" }, "issue, pad, running, standup" },
        // Lengths outside a day are refused rather than wrapped.
        { "duration", new SeriesSettings { Cadence = "weekly on Monday", DurationMinutes = 0 }, "--duration" },
        // A series cannot be planned without a cadence.
        { "no cadence", new SeriesSettings { Template = "issue" }, "cadence" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Add_BadSetting_ClearErrorAndNothingStored(string why, SeriesSettings settings, string expected)
    {
        await using var store = await TestStore.CreateAsync(TestStore.Sqlite);
        var planner = new SeriesPlanner(store.Provider, store.Clock);

        var added = await planner.AddAsync("Infra sync", settings);

        Assert.False(added.Succeeded, why);
        Assert.Contains(expected, added.Message, StringComparison.Ordinal);
        await using var db = store.Provider.CreateContext();
        Assert.Equal(0, await db.Series.CountAsync());
        Assert.Equal(0, await db.Set<SeriesPlan>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Edit_BadTemplate_KeepsEverythingAsItWas(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var planner = new SeriesPlanner(store.Provider, store.Clock);
        await planner.AddAsync("sync", new SeriesSettings { Cadence = "weekly on Monday 09:00 UTC", Template = "pad" });

        var edited = await planner.EditAsync("sync", new SeriesSettings { Cadence = "weekly on Friday 09:00 UTC", Template = "x.md", TemplateSource = BrokenTemplate });

        Assert.False(edited.Succeeded);
        Assert.Contains("line 3", edited.Message, StringComparison.Ordinal);
        var view = (await planner.ShowAsync("sync")).Value!;
        Assert.Equal("weekly on Monday 09:00 UTC for 60 minutes", view.Cadence);
        Assert.Equal("pad", view.Template);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Edit_UnknownSeries_SaysSoAndCreatesNothing(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var planner = new SeriesPlanner(store.Provider, store.Clock);

        var edited = await planner.EditAsync("athens", new SeriesSettings { Cadence = "weekly on Thursday" });

        Assert.Equal(QueryProblem.NoSuchSeries, edited.Problem);
        Assert.Equal("there is no series 'athens'", edited.Message);
        await using var db = store.Provider.CreateContext();
        Assert.Equal(0, await db.Series.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Edit_DurationOnly_ChangesTheLengthAndKeepsTheRule(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var planner = new SeriesPlanner(store.Provider, store.Clock);
        await planner.AddAsync("sync", new SeriesSettings { Cadence = "every other Tuesday 15:00 Europe/Berlin" });

        var edited = await planner.EditAsync("sync", new SeriesSettings { DurationMinutes = 90 });

        Assert.True(edited.Succeeded, edited.Message);
        Assert.EndsWith("for 90 minutes", edited.Value!.Cadence, StringComparison.Ordinal);
        Assert.Contains("INTERVAL=2", edited.Value.RRule, StringComparison.Ordinal);
        var first = edited.Value.Upcoming[0];
        Assert.Equal(Duration.FromMinutes(90), first.EndInstant - first.Instant);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Skip_MeetingDay_ShownSkippedWithReason(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var planner = new SeriesPlanner(store.Provider, store.Clock);
        await planner.AddAsync("athens", new SeriesSettings { Cadence = "weekly on Thursday 11:00 America/Los_Angeles" });

        var skipped = await planner.SkipAsync("athens", new LocalDate(2026, 11, 26), "US holiday");

        Assert.True(skipped.Succeeded, skipped.Message);
        var thanksgiving = skipped.Value!.Upcoming[0];
        Assert.Equal(OccurrenceStatus.Skipped, thanksgiving.Status);
        Assert.Equal("US holiday", thanksgiving.Reason);
        Assert.Equal(OccurrenceStatus.Scheduled, skipped.Value.Upcoming[1].Status);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Skip_DayTheSeriesDoesNotMeet_RefusedAndNotStored(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var planner = new SeriesPlanner(store.Provider, store.Clock);
        await planner.AddAsync("athens", new SeriesSettings { Cadence = "weekly on Thursday 11:00 America/Los_Angeles" });

        var skipped = await planner.SkipAsync("athens", new LocalDate(2026, 11, 25), "wrong day");

        Assert.False(skipped.Succeeded);
        await using var db = store.Provider.CreateContext();
        Assert.Equal(0, await db.Set<OccurrenceChange>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task AthensYear_ImportedSeriesGetsACadence_DatesAndUtcTimesMatchTheNotesAcrossDst(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportFileAsync(SharedFiles.Seed("003"));
        var planner = new SeriesPlanner(store.Provider, store.Clock);

        // As the notes tell it: Thursdays 11am Pacific; 2019-03-07 at noon (before the time vote); 2019-03-14's meeting held on the 13th.
        Assert.True((await planner.EditAsync("athens", new SeriesSettings { Cadence = "weekly on Thursday 11:00 America/Los_Angeles" })).Succeeded);
        Assert.True((await planner.MoveAsync("athens", new LocalDate(2019, 3, 7), new LocalDate(2019, 3, 7), new LocalTime(12, 0), "before the vote")).Succeeded);
        Assert.True((await planner.MoveAsync("athens", new LocalDate(2019, 3, 14), new LocalDate(2019, 3, 13), null, null)).Succeeded);

        await using var db = store.Provider.CreateContext();
        var plan = await db.Set<SeriesPlan>().Include(p => p.Changes).SingleAsync();
        var cadence = Cadence.Parse(plan.Cadence);
        var changes = plan.Changes.Select(c => OccurrenceException.Parse(c.Text)).ToList();
        var occurrences = cadence.Between(new LocalDate(2018, 6, 1), new LocalDate(2019, 6, 30), changes).ToDictionary(o => o.Date);
        var meetings = await db.Meetings.Where(m => m.Date != null).Select(m => new { Date = m.Date!.Value, m.StartsAt }).ToListAsync();

        Assert.Equal(36, meetings.Count);
        Assert.All(meetings, m => Assert.True(occurrences.ContainsKey(m.Date), $"{m.Date} is not a meeting of the cadence"));
        var timed = meetings.Where(m => m.StartsAt is not null).ToList();
        Assert.Equal(2, timed.Count);
        Assert.All(timed, m => Assert.Equal(m.StartsAt, occurrences[m.Date].Instant));
        // Both DST changes: 18:00 UTC in summer time, 19:00 UTC in winter time.
        Assert.Equal(Instant.FromUtc(2018, 11, 1, 18, 0), occurrences[new LocalDate(2018, 11, 1)].Instant);
        Assert.Equal(Instant.FromUtc(2018, 11, 8, 19, 0), occurrences[new LocalDate(2018, 11, 8)].Instant);
        Assert.Equal(Instant.FromUtc(2019, 2, 28, 19, 0), occurrences[new LocalDate(2019, 2, 28)].Instant);
        Assert.Equal(Instant.FromUtc(2019, 3, 21, 18, 0), occurrences[new LocalDate(2019, 3, 21)].Instant);
    }
}
