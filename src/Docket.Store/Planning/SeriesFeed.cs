using System.Globalization;
using Docket.Meetings.Calendars;
using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Planning;

/// <summary><c>docket ical</c>: the series' meetings, past and coming, as an RFC 5545 feed.</summary>
public sealed class SeriesFeed(StoreProvider provider, IClock clock)
{
    /// <summary>How far back the feed reaches at most.</summary>
    public static readonly Period Past = Period.FromYears(1);

    /// <summary>How far ahead the feed reaches.</summary>
    public static readonly Period Ahead = Period.FromWeeks(26);

    /// <summary>The feed; with <paramref name="baseUrl"/>, each event links to <c>{baseUrl}series/{slug}/{date}</c>.</summary>
    public async Task<QueryResult<string>> WriteAsync(string typed, Uri? baseUrl, CancellationToken cancellationToken = default)
    {
        if (baseUrl is not null && !(baseUrl.IsAbsoluteUri && baseUrl.Scheme is "http" or "https"))
        {
            return QueryResult.Bad<string>($"--base-url '{baseUrl}' is not an http(s) link");
        }

        await using var db = provider.CreateContext();
        var found = await PlanningSeries.ResolveAsync(db, typed, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return new QueryResult<string>(null, found.Problem, found.Message);
        }

        var series = found.Value!;
        return await WriteAsync(db, series, series.Slug, date => baseUrl is null ? null
            : new Uri(baseUrl, $"series/{series.Slug}/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"), titlesOnly: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The feed of one series found by id (callers that have already resolved it within a team and
    /// checked access). <paramref name="link"/> gives each event's link from its rule date;
    /// <paramref name="titlesOnly"/> leaves out the topics (for viewers who may list, not read, the series).
    /// </summary>
    public async Task<QueryResult<string>> WriteAsync(int seriesId, Func<LocalDate, Uri?> link, bool titlesOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        await using var db = provider.CreateContext();
        var series = await db.Series.AsNoTracking().Include(s => s.Team)
            .Include(s => s.Plan).ThenInclude(p => p!.Changes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == seriesId, cancellationToken).ConfigureAwait(false);
        if (series is null)
        {
            return QueryResult.Missing<string>($"there is no series {seriesId.ToString(CultureInfo.InvariantCulture)}");
        }

        // Slugs are unique within a team only, and event UIDs must be unique everywhere.
        return await WriteAsync(db, series, $"{series.Team.Slug}.{series.Slug}", link, titlesOnly, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QueryResult<string>> WriteAsync(DocketDbContext db, Series series, string calendarId, Func<LocalDate, Uri?> link, bool titlesOnly, CancellationToken cancellationToken)
    {
        if (series.Plan is not { } plan)
        {
            return QueryResult.Bad<string>(PlanningSeries.NoPlan(series));
        }

        var (cadence, changes) = PlanningSeries.Schedule(plan);
        var now = clock.GetCurrentInstant();
        var today = now.InZone(cadence.Zone).Date;
        var firstNotes = await db.Meetings.Where(m => m.SeriesId == series.Id && m.Date != null).MinAsync(m => m.Date, cancellationToken).ConfigureAwait(false);
        var earliest = today - Past;
        var from = firstNotes is { } first && first > earliest ? first : earliest;
        var planned = await db.Set<PlannedMeeting>().AsNoTracking().Where(p => p.SeriesId == series.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var topics = await db.Set<ProposedTopic>().AsNoTracking().Where(t => t.SeriesId == series.Id && t.PlannedMeetingId != null).ToListAsync(cancellationToken).ConfigureAwait(false);

        var entries = cadence.Timeline(from, today + Ahead, changes).Select(occurrence =>
        {
            var meeting = planned.FirstOrDefault(p => p.RuleDate == occurrence.RuleDate);
            var title = meeting is null ? series.Name : $"{series.Name} #{meeting.Number.ToString("D3", CultureInfo.InvariantCulture)}";
            var description = meeting is null || titlesOnly ? null
                : string.Join("\n", topics.Where(t => t.PlannedMeetingId == meeting.Id).Select(t => $"- ({t.Proposer}) {t.Title}"));
            return new CalendarEntry(occurrence, title, link(occurrence.RuleDate), string.IsNullOrEmpty(description) ? null : description);
        }).ToList();

        return QueryResult.Ok(SeriesCalendar.Write(new CalendarSeries(calendarId, series.Name, cadence.Zone, plan.Location), entries, now));
    }
}
