using Docket.Notes.Tests.Fixtures;
using Docket.Store.Actions;
using Docket.Store.Model;
using Docket.Store.Planning;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Tests.Planning;

public sealed class NextMeetingPlannerTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Next_CratesSeries_CarriesOpenItemsThenOnlyTheStillOpenOnes(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportFileAsync(SharedFiles.Seed("001"));
        var series = new SeriesPlanner(store.Provider, store.Clock);
        Assert.True((await series.EditAsync("crates", new SeriesSettings { Cadence = "weekly on Friday 20:30 UTC", Template = "issue" })).Succeeded);
        var planner = new NextMeetingPlanner(store.Provider, store.Clock);

        var first = (await planner.NextAsync("crates")).Value!;

        Assert.Equal(2, first.Number);
        Assert.Contains("Crates.io Weekly Team Meeting #002", first.Agenda, StringComparison.Ordinal);
        var open = (await store.Actions.ListAsync(new ActionFilter { OpenOnly = true })).Value!;
        Assert.Equal(6, open.Count);
        Assert.All(open, a => Assert.Contains(a.Text, first.Agenda, StringComparison.Ordinal));
        Assert.Contains("from 2020-09-11 (Crates.io Weekly Team Meeting #001)", first.Agenda, StringComparison.Ordinal);

        // Two items are done; the meeting's notes come in (same date as planned); the next agenda has only the rest.
        await store.Actions.MarkAsync(open[0].Id, ActionStatus.Done);
        await store.Actions.MarkAsync(open[1].Id, ActionStatus.Dropped);
        var date = first.Occurrence.Date.ToString("yyyy-MM-dd", null);
        await store.ImportTextAsync("/notes/002.md", $"# Crates.io Weekly Team Meeting #002 {date}\n\n## Outcomes\n- talked about the roadmap\n", series: "crates-io-weekly-team-meeting");
        store.Clock.AdvanceDays(7);

        var second = (await planner.NextAsync("crates")).Value!;

        Assert.True(second.Created);
        Assert.Equal(3, second.Number);
        Assert.True(second.Occurrence.Date > first.Occurrence.Date);
        Assert.DoesNotContain(open[0].Text, second.Agenda, StringComparison.Ordinal);
        Assert.DoesNotContain(open[1].Text, second.Agenda, StringComparison.Ordinal);
        Assert.All(open.Skip(2), a => Assert.Contains(a.Text, second.Agenda, StringComparison.Ordinal));
        await using var db = store.Provider.CreateContext();
        var held = await db.Set<PlannedMeeting>().SingleAsync(p => p.Number == 2);
        Assert.NotNull(held.HeldMeetingId);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Next_AskedTwiceBeforeTheMeeting_SameAgendaAndOneMeeting(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await new SeriesPlanner(store.Provider, store.Clock).AddAsync("sync", new SeriesSettings { Cadence = "weekly on Tuesday 15:00 Europe/Berlin", Template = "running" });
        var planner = new NextMeetingPlanner(store.Provider, store.Clock);

        var first = (await planner.NextAsync("sync")).Value!;
        store.Clock.AdvanceHours(20);
        var again = (await planner.NextAsync("sync")).Value!;

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Agenda, again.Agenda);
        Assert.Equal(first.Number, again.Number);
        await using var db = store.Provider.CreateContext();
        Assert.Equal(1, await db.Set<PlannedMeeting>().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Next_RolesZonesTopicsAndOverflow_AllOnTheAgenda(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await new SeriesPlanner(store.Provider, store.Clock).AddAsync("athens", new SeriesSettings
        {
            Cadence = "weekly on Thursday 11:00 America/Los_Angeles",
            DurationMinutes = 30,
            Template = "issue",
            Roles = ["moderator", "notetaker"],
            Members = [new MemberSetting("aaron", "America/Los_Angeles"), new MemberSetting("marwan", "America/New_York"), new MemberSetting("carol", "Asia/Tokyo")],
        });
        var topics = new TopicProposals(store.Provider, store.Clock);
        await topics.ProposeAsync("athens", "Drone secrets", "Aaron", 20, "https://github.com/gomods/athens/pull/1091");
        await topics.ProposeAsync("athens", "Release 0.4", "Marwan", 20, null);

        var next = (await new NextMeetingPlanner(store.Provider, store.Clock).NextAsync("athens")).Value!;

        // Thursday 2026-11-26 11:00 PST is 19:00 UTC and already Friday 04:00 in Tokyo.
        Assert.Contains("19:00-19:30 UTC", next.Agenda, StringComparison.Ordinal);
        Assert.Contains("carol: Friday 04:00-04:30 Asia/Tokyo", next.Agenda, StringComparison.Ordinal);
        Assert.Contains("(Aaron) [Drone secrets](https://github.com/gomods/athens/pull/1091) (20 min)", next.Agenda, StringComparison.Ordinal);
        Assert.Contains("Over time", next.Agenda, StringComparison.Ordinal);
        Assert.Matches(@"\*\*Moderator:\*\* (aaron|marwan|carol)", next.Agenda);
        Assert.Equal(1, next.Number);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Next_SkippedAgendaItemAndOpenQuestion_CarriedOver(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/infra.md", """
            # Infra 2026-11-17

            ## Agenda
            - Task board review
            - Storage migration
                - _skipped_

            ## Notes
            - [QUESTION] Who owns the backups?
            """, series: "infra");
        await new SeriesPlanner(store.Provider, store.Clock).EditAsync("infra", new SeriesSettings { Cadence = "weekly on Tuesday 16:00 UTC", Template = "running" });

        var next = (await new NextMeetingPlanner(store.Provider, store.Clock).NextAsync("infra")).Value!;

        Assert.Contains("Storage migration", next.Agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("Task board review", next.Agenda, StringComparison.Ordinal);
        Assert.Contains("Who owns the backups?", next.Agenda, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2026, 11, 24), next.Occurrence.Date);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Next_SeriesWithoutCadenceOrUnknown_ClearErrorNothingPlanned(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await store.ImportTextAsync("/notes/a.md", "# Sync 2026-11-02\n\n- [DECISION] ship it\n", series: "sync");
        var planner = new NextMeetingPlanner(store.Provider, store.Clock);

        var unplanned = await planner.NextAsync("sync");
        var unknown = await planner.NextAsync("nope");

        Assert.Contains("has no cadence yet", unplanned.Message, StringComparison.Ordinal);
        Assert.Equal("there is no series 'nope'", unknown.Message);
        await using var db = store.Provider.CreateContext();
        Assert.Equal(0, await db.Set<PlannedMeeting>().CountAsync());
    }

    public static TheoryData<string, string, string, int?, string?, string> BadProposals => new()
    {
        // Nothing to talk about.
        { "empty", " \r\n", "Aaron", null, null, "empty" },
        // Nobody to ask about it.
        { "no proposer", "Drone", "  ", null, null, "--by" },
        // A time box longer than any meeting.
        { "minutes", "Drone", "Aaron", 601, null, "--minutes" },
        // Only web links: a javascript: link must not reach an agenda or a feed.
        { "link", "Drone", "Aaron", null, "javascript:alert(1)", "not an http(s) link" },
    };

    [Theory]
    [MemberData(nameof(BadProposals))]
    public async Task Propose_BadInput_ClearErrorNothingStored(string why, string title, string by, int? minutes, string? link, string expected)
    {
        await using var store = await TestStore.CreateAsync(TestStore.Sqlite);
        await new SeriesPlanner(store.Provider, store.Clock).AddAsync("sync", new SeriesSettings { Cadence = "weekly on Monday" });

        var proposed = await new TopicProposals(store.Provider, store.Clock).ProposeAsync("sync", title, by, minutes, link);

        Assert.False(proposed.Succeeded, why);
        Assert.Contains(expected, proposed.Message, StringComparison.Ordinal);
        await using var db = store.Provider.CreateContext();
        Assert.Equal(0, await db.Set<ProposedTopic>().CountAsync());
    }

    [Fact]
    public async Task Propose_TitleWithLineBreaksAndLoneSurrogate_StoredAsOneLine()
    {
        await using var store = await TestStore.CreateAsync(TestStore.Sqlite);
        await new SeriesPlanner(store.Provider, store.Clock).AddAsync("sync", new SeriesSettings { Cadence = "weekly on Monday" });

        var proposed = await new TopicProposals(store.Provider, store.Clock).ProposeAsync("sync", "Drone\r\nEND:VEVENT\u0007 \ud800x", "Aaron", null, null);

        Assert.Equal("Drone END:VEVENT \uFFFDx", proposed.Value!.Title);
    }
}
