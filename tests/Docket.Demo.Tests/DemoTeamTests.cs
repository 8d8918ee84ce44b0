using Docket.Demo.Scripts;
using Docket.Demo.Story;
using Docket.Notes;
using Docket.Store.Model;
using Docket.Store.Planning;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Xunit.Abstractions;

namespace Docket.Demo.Tests;

public sealed class DemoTeamTests(ITestOutputHelper output)
{
    /// <summary>The "now"s the demo is seeded at.</summary>
    public static TheoryData<string> Nows => new(
        "2026-11-23T12:00:00Z",   // an ordinary Monday
        "2026-03-30T06:00:00Z",   // just after Europe's change to summer time: the weeks before are in winter time
        "2027-01-06T10:00:00Z",   // early January: the twenty weeks cross a year, the running notes' dates name two years
        "2026-06-04T14:30:00Z");  // Thursday 16:30 in Berlin: the maintainers meet right now, so that meeting has no notes yet

    private static Instant At(string text) => NodaTime.Text.InstantPattern.ExtendedIso.Parse(text).Value;

    [Theory]
    [MemberData(nameof(Nows))]
    public async Task SeedAsync_FreshStore_EverySeriesHasMeetingsDecisionsAndOwnedActions(string now)
    {
        await using var store = await DemoStore.CreateAsync(At(now));
        var summary = await store.SeedAsync();

        Assert.Equal(DemoTeam.Slug, summary.Team);
        Assert.Equal(["tessera-maintainers", "fernhill-infrastructure", "tessera-community-call", "fernhill-standup"], summary.Series);
        await using var db = store.Provider.CreateContext();
        foreach (var slug in summary.Series)
        {
            var meetings = await db.Meetings.Where(m => m.Series.Slug == slug && m.Series.Team.Slug == DemoTeam.Slug).ToListAsync();
            Assert.Equal(DemoScript.Length, meetings.Count);
            Assert.All(meetings, m => Assert.NotNull(m.Date));
            // Every decision and question the script writes is read back, and nothing else is taken for one.
            var topics = Enumerable.Range(0, DemoScript.Length).SelectMany(i => Catalog(slug).Script.TopicsOf(i)).ToList();
            Assert.Equal(topics.Sum(t => t.Decisions.Count), await db.Decisions.CountAsync(d => d.Meeting.Series.Slug == slug));
            Assert.Equal(topics.Sum(t => t.Questions.Count), await db.Questions.CountAsync(q => q.Meeting.Series.Slug == slug));
            var actions = await db.Actions.Where(a => a.Series.Slug == slug).Include(a => a.Assignees).ToListAsync();
            Assert.True(actions.Count >= 5, $"{slug} has {actions.Count} action items");
            Assert.All(actions, a => Assert.Single(a.Assignees));
        }

        Assert.Equal(DemoScript.Length * 4, summary.Meetings);
        Assert.Equal(await db.Decisions.CountAsync(), summary.Decisions);
        Assert.Equal(await db.Actions.CountAsync(), summary.Actions);
    }

    [Fact]
    public async Task SeedAsync_FreshStore_ItemsCarriedOverSeveralMeetingsThenClosedOrStillOpen()
    {
        await using var store = await DemoStore.CreateAsync(At("2026-11-23T12:00:00Z"));
        var summary = await store.SeedAsync();

        await using var db = store.Provider.CreateContext();
        foreach (var slug in summary.Series)
        {
            var actions = await db.Actions.Where(a => a.Series.Slug == slug).ToListAsync();
            Assert.Contains(actions, a => a.Status == ActionStatus.Done && a.MeetingCount >= 3);
            Assert.Contains(actions, a => a.Status == ActionStatus.Open && a.MeetingCount >= 3);
            Assert.Contains(actions, a => a.Status == ActionStatus.Open && a.MeetingCount <= 3);

            // Every item the script gives is one tracked item: carrying it over never splits it in two.
            var scripted = Enumerable.Range(0, DemoScript.Length).SelectMany(i => Catalog(slug).Script.TopicsOf(i)).SelectMany(t => t.Actions).ToList();
            Assert.Equal(scripted.Count, actions.Count);
            Assert.Equal(scripted.Count(a => a.CloseAfter is null), actions.Count(a => a.Status == ActionStatus.Open));
        }

        // The one dropped item (moved to an issue) is dropped, not done.
        var dropped = Assert.Single(await db.Actions.Where(a => a.Status == ActionStatus.Dropped).ToListAsync());
        Assert.Contains("Debian packager", dropped.Text, StringComparison.Ordinal);
        Assert.Equal(summary.OpenActions, await db.Actions.CountAsync(a => a.Status == ActionStatus.Open));
    }

    [Theory]
    [MemberData(nameof(Nows))]
    public async Task SeedAsync_AnyNow_LastMeetingWithinAWeekAndNextOneStillToCome(string text)
    {
        var now = At(text);
        await using var store = await DemoStore.CreateAsync(now);
        var summary = await store.SeedAsync();

        var planner = new SeriesPlanner(store.Provider, store.Clock);
        await using var db = store.Provider.CreateContext();
        foreach (var slug in summary.Series)
        {
            var view = await planner.ShowAsync(slug);
            Assert.True(view.Succeeded, view.Message);
            var next = view.Value!.Upcoming[0];
            var last = await db.Meetings.Where(m => m.Series.Slug == slug).MaxAsync(m => m.Date);
            var first = await db.Meetings.Where(m => m.Series.Slug == slug).MinAsync(m => m.Date);
            Assert.True(next.EndInstant > now, $"{slug}: next meeting {next.Start} is over");
            Assert.Equal(last!.Value.PlusWeeks(1), next.Date);
            Assert.Equal(last.Value.PlusWeeks(-(DemoScript.Length - 1)), first);
            Assert.True(Period.Between(first!.Value, now.InUtc().Date, PeriodUnits.Days).Days is > 120 and < 150, $"{slug} starts {first}");
        }
    }

    [Theory]
    [MemberData(nameof(Nows))]
    public void Notes_AnyNow_ReadWithoutErrorsIntoTheScriptedMeetings(string now)
    {
        foreach (var series in DemoCatalog.All)
        {
            var meetings = DemoMeeting.Plan(series.Script, DemoTeam.PastOccurrences(series, At(now)));
            var read = series.Write(series, meetings)
                .Select(f => NotesReader.Read(f.Text, $"demo/{series.Slug}/{f.Name}"))
                .ToList();

            Assert.All(read, r => Assert.Empty(r.Errors));
            var dates = read.SelectMany(r => r.Document!.Meetings).Select(m => m.Date).Order().ToList();
            Assert.Equal(meetings.Select(m => (LocalDate?)m.When.Date), dates);
        }
    }

    [Fact]
    public async Task SeedAsync_TwoDifferentNows_SameTeamExceptForDates()
    {
        await using var early = await DemoStore.CreateAsync(At("2026-03-30T06:00:00Z"));
        await using var late = await DemoStore.CreateAsync(At("2027-01-06T10:00:00Z"));

        Assert.Equal(await early.SeedAsync(), await late.SeedAsync(), SummaryComparer.Instance);
        Assert.Equal(await ContentAsync(early), await ContentAsync(late));
    }

    [Fact]
    public async Task SeedAsync_Twice_ThrowsSayingTheTeamExists()
    {
        await using var store = await DemoStore.CreateAsync(At("2026-11-23T12:00:00Z"));
        var first = await store.SeedAsync();
        output.WriteLine(first.ToString());   // the figures of the demo, for whoever reads the test log

        var error = await Assert.ThrowsAsync<InvalidOperationException>(store.SeedAsync);
        Assert.Contains("already has a team 'demo'", error.Message, StringComparison.Ordinal);
        await using var db = store.Provider.CreateContext();
        Assert.Equal(first.Meetings, await db.Meetings.CountAsync());
    }

    [Fact]
    public async Task SeedAsync_FreshStore_SeriesAtThreeAccessLevelsAndOnePrivateMeeting()
    {
        await using var store = await DemoStore.CreateAsync(At("2026-11-23T12:00:00Z"));
        await store.SeedAsync();

        await using var db = store.Provider.CreateContext();
        var levels = await db.Series.ToDictionaryAsync(s => s.Slug, s => s.Access);
        Assert.Equal(AccessLevel.Public, levels["tessera-maintainers"]);
        Assert.Equal(AccessLevel.Indexed, levels["fernhill-infrastructure"]);
        Assert.Equal(AccessLevel.Public, levels["tessera-community-call"]);
        Assert.Equal(AccessLevel.Private, levels["fernhill-standup"]);
        var secret = Assert.Single(await db.Meetings.Include(m => m.Series).Where(m => m.Access != null).ToListAsync());
        Assert.Equal(AccessLevel.Private, secret.EffectiveAccess);
        Assert.Contains("Security report", secret.Notes, StringComparison.Ordinal);
    }

    private static DemoSeries Catalog(string slug) => DemoCatalog.All.Single(s => s.Slug == slug);

    /// <summary>Everything the demo stored that does not depend on the date, in a stable order.</summary>
    private static async Task<List<string>> ContentAsync(DemoStore store)
    {
        await using var db = store.Provider.CreateContext();
        var decisions = await db.Decisions.Select(d => "decision " + d.Meeting.Series.Slug + " " + d.Text).ToListAsync();
        var actions = await db.Actions.Select(a => "action " + a.Series.Slug + " " + a.Text + " " + a.Status + " " + a.MeetingCount).ToListAsync();
        var questions = await db.Questions.Select(q => "question " + q.Meeting.Series.Slug + " " + q.Text).ToListAsync();
        var updates = await db.Updates.CountAsync();
        return [.. decisions.Concat(actions).Concat(questions).Append("updates " + updates).Order(StringComparer.Ordinal)];
    }

    private sealed class SummaryComparer : IEqualityComparer<DemoSummary>
    {
        public static readonly SummaryComparer Instance = new();

        public bool Equals(DemoSummary? x, DemoSummary? y) =>
            x is not null && y is not null && x.Team == y.Team && x.Series.SequenceEqual(y.Series)
            && x.Meetings == y.Meetings && x.Decisions == y.Decisions && x.Actions == y.Actions && x.OpenActions == y.OpenActions;

        public int GetHashCode(DemoSummary obj) => obj.Meetings;
    }
}
