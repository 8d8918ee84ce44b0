using Docket.Meetings.Scheduling;
using Docket.Store.Access;
using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Docket.Web.Features.Browse;

/// <summary>
/// The reads behind the team, series and person pages and their API, team-scoped. Every query starts
/// from <see cref="AccessRules"/> (Listed/Readable), so lists, counts and charts agree with what the
/// viewer may see; words are taken only from meetings the viewer may read.
/// </summary>
public sealed class BrowseQueries(DocketDbContext db, IClock clock)
{
    public const int UpcomingCount = 5;

    public LocalDate Today => clock.GetCurrentInstant().InUtc().Date;

    /// <summary>The team, or null when it is missing or the viewer may list nothing of it (the same answer).</summary>
    public async Task<Team?> FindTeamAsync(string slug, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var team = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return null;
        }

        return viewer.RoleIn(team.Id) is not null
            || await db.Series.Listed(viewer).AnyAsync(s => s.TeamId == team.Id, cancellationToken).ConfigureAwait(false)
            ? team
            : null;
    }

    /// <summary>The team's series the viewer may know of, with their plans, by name.</summary>
    public async Task<IReadOnlyList<Series>> ListSeriesAsync(Team team, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        return await WithPlans(db.Series.AsNoTracking().Listed(viewer).Where(s => s.TeamId == team.Id))
            .OrderBy(s => s.Name).ThenBy(s => s.Slug)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One series of the team, or null when missing or private to the viewer.</summary>
    public async Task<Series?> FindSeriesAsync(Team team, string slug, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        return await WithPlans(db.Series.AsNoTracking().Listed(viewer).Where(s => s.TeamId == team.Id && s.Slug == slug))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    public bool CanRead(Viewer viewer, Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return AccessRules.CanRead(viewer, series.TeamId, series.Access);
    }

    /// <summary>How many meetings of each series the viewer may know of.</summary>
    public async Task<IReadOnlyDictionary<int, int>> CountMeetingsAsync(Team team, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var counts = await db.Meetings.Listed(viewer).Where(m => m.Series.TeamId == team.Id)
            .GroupBy(m => m.SeriesId)
            .Select(g => new { SeriesId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return counts.ToDictionary(c => c.SeriesId, c => c.Count);
    }

    /// <summary>The next meetings the series' plan gives (none without a plan); members' clocks only to readers.</summary>
    public IReadOnlyList<UpcomingMeeting> Upcoming(Series series, bool withMembers, int count = UpcomingCount)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Plan is not { } plan || !Cadence.TryParse(plan.Cadence, out var cadence, out _))
        {
            return [];
        }

        var changes = plan.Changes.OrderBy(c => c.Date)
            .Select(c => OccurrenceException.TryParse(c.Text, out var e, out _) ? e : null)
            .OfType<OccurrenceException>().ToList();
        var members = withMembers
            ? plan.Members.Where(m => !m.Away).OrderBy(m => m.Position)
                .Select(m => (m.Name, Zone: DateTimeZoneProviders.Tzdb.GetZoneOrNull(m.Zone)))
                .Where(m => m.Zone is not null)
                .Select(m => (m.Name, m.Zone!))
                .ToList()
            : [];
        var now = clock.GetCurrentInstant();
        var today = now.InZone(cadence.Zone).Date;
        return cadence.Timeline(today, today.PlusYears(2), changes)
            .Where(o => o.EndInstant > now)
            .Take(count)
            .Select(o => new UpcomingMeeting(
                Iso(o.Date),
                Iso(o.Start),
                Iso(o.End),
                cadence.Zone.Id,
                o.Status.ToString().ToLowerInvariant(),
                o.Reason,
                [.. MeetingTimes.For(o, members).Select(t => new MemberClock(t.Person, t.Zone.Id, Iso(t.Start), Iso(t.End), t.DayShift))]))
            .ToList();
    }

    /// <summary>The series' meetings the viewer may know of, newest first; content flags from the readable filter.</summary>
    public async Task<PageOf<MeetingSummary>> MeetingsAsync(Series series, Viewer viewer, Paging paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(paging);
        var listed = db.Meetings.Listed(viewer).Where(m => m.SeriesId == series.Id);
        var readable = db.Meetings.Readable(viewer).Select(m => m.Id);
        var total = await listed.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await listed
            .OrderBy(m => m.Date == null).ThenByDescending(m => m.Date).ThenByDescending(m => m.Ordinal).ThenByDescending(m => m.Id)
            .Skip(paging.Skip).Take(paging.Size)
            .Select(m => new
            {
                m.Id,
                m.Title,
                m.Number,
                m.Date,
                m.StartsAt,
                m.OffsetSeconds,
                Readable = readable.Contains(m.Id),
                Attendees = m.Attendance.Count,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.Select(m => new MeetingSummary(
            m.Id,
            series.Slug,
            m.Title,
            m.Number,
            m.Date is { } d ? Iso(d) : null,
            m.StartsAt is { } at && m.OffsetSeconds is { } s ? Iso(at.WithOffset(Offset.FromSeconds(s))) : null,
            m.Readable,
            m.Readable ? m.Attendees : 0,
            MeetingUrl(m.Id))).ToList();
        return new PageOf<MeetingSummary>(items, paging.Page, paging.Size, total);
    }

    /// <summary>Decisions of the team's meetings the viewer may read, newest first.</summary>
    public async Task<PageOf<DecisionItem>> DecisionsAsync(Team team, Viewer viewer, int? seriesId, LocalDate? since, LocalDate? until, Paging paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(paging);
        var meetings = ReadableMeetings(team, viewer);
        if (seriesId is { } sid)
        {
            meetings = meetings.Where(m => m.SeriesId == sid);
        }

        if (since is { } from)
        {
            meetings = meetings.Where(m => m.Date != null && m.Date >= from);
        }

        if (until is { } to)
        {
            meetings = meetings.Where(m => m.Date != null && m.Date <= to);
        }

        var ids = meetings.Select(m => m.Id);
        var decisions = db.Decisions.Where(d => ids.Contains(d.MeetingId));
        var total = await decisions.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await decisions
            .OrderBy(d => d.Meeting.Date == null).ThenByDescending(d => d.Meeting.Date).ThenByDescending(d => d.MeetingId).ThenBy(d => d.Position)
            .Skip(paging.Skip).Take(paging.Size)
            .Select(d => new { d.Id, d.MeetingId, Series = d.Meeting.Series.Slug, d.Meeting.Date, d.Text, d.Topic })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = rows.Select(d => new DecisionItem(d.Id, d.MeetingId, d.Series, d.Date is { } date ? Iso(date) : null, d.Text, d.Topic, MeetingUrl(d.MeetingId))).ToList();
        return new PageOf<DecisionItem>(items, paging.Page, paging.Size, total);
    }

    /// <summary>
    /// Action items of the team the viewer may read, oldest first. Text and dates come from the
    /// mentions in readable meetings only, so a stricter meeting's words never show through.
    /// </summary>
    public async Task<PageOf<ActionSummary>> ActionsAsync(Team team, Viewer viewer, ActionStatus? status, int? ownerId, int? seriesId, Paging paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(paging);
        var actions = db.Actions.Where(a => a.Series.TeamId == team.Id).Readable(db.Meetings, viewer);
        if (status is { } wanted)
        {
            actions = actions.Where(a => a.Status == wanted);
        }

        if (ownerId is { } owner)
        {
            actions = actions.Where(a => a.Assignees.Any(o => o.PersonId == owner));
        }

        if (seriesId is { } sid)
        {
            actions = actions.Where(a => a.SeriesId == sid);
        }

        var readable = db.Meetings.Readable(viewer).Select(m => m.Id);
        var total = await actions.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await actions
            .Select(a => new
            {
                a.Id,
                Series = a.Series.Slug,
                a.Status,
                a.MeetingCount,
                First = a.Mentions.Where(x => readable.Contains(x.MeetingId)).Min(x => x.Meeting.Date),
                Last = a.Mentions.Where(x => readable.Contains(x.MeetingId)).Max(x => x.Meeting.Date),
                Latest = a.Mentions.Where(x => readable.Contains(x.MeetingId))
                    .OrderBy(x => x.Meeting.Date == null).ThenByDescending(x => x.Meeting.Date).ThenByDescending(x => x.Id)
                    .Select(x => new { x.Text, x.MeetingId }).First(),
                Owners = a.Assignees.OrderBy(o => o.Person.Name).Select(o => new { o.PersonId, o.Person.Name }).ToList(),
            })
            .OrderBy(a => a.First == null).ThenBy(a => a.First).ThenBy(a => a.Id)
            .Skip(paging.Skip).Take(paging.Size)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var today = Today;
        var items = rows.Select(a => new ActionSummary(
            a.Id,
            a.Series,
            a.Latest.Text,
            a.Status.ToString().ToLowerInvariant(),
            [.. a.Owners.Select(o => Person(team, o.PersonId, o.Name))],
            a.First is { } first ? Iso(first) : null,
            a.Last is { } last ? Iso(last) : null,
            a.First is { } since ? Period.Between(since, today, PeriodUnits.Days).Days : null,
            a.MeetingCount,
            a.Latest.MeetingId)).ToList();
        return new PageOf<ActionSummary>(items, paging.Page, paging.Size, total);
    }

    /// <summary>People the viewer may know of: those met in a meeting (present, with an update, a role) or owning an item the viewer may read.</summary>
    public async Task<PageOf<PersonRef>> PeopleAsync(Team team, Viewer viewer, Paging paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(paging);
        var people = VisiblePeople(team.Id, viewer);
        var total = await people.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await people.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(paging.Skip).Take(paging.Size)
            .Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PageOf<PersonRef>([.. rows.Select(p => Person(team, p.Id, p.Name))], paging.Page, paging.Size, total);
    }

    /// <summary>A person with their team, or null when missing or when the viewer may read nothing of them.</summary>
    public async Task<(Person Person, Team Team)?> FindPersonAsync(int id, Viewer viewer, CancellationToken cancellationToken)
    {
        var found = await db.People.AsNoTracking().Include(p => p.Team).SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (found is null || !await VisiblePeople(found.TeamId, viewer).AnyAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return (found, found.Team);
    }

    /// <summary>The person's action items (open, then done) and standup updates, from what the viewer may read.</summary>
    public async Task<PersonDetail> PersonAsync(Person person, Team team, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(team);
        var all = Paging.From(1, Paging.MaxSize);
        var open = await ActionsAsync(team, viewer, ActionStatus.Open, person.Id, null, all, cancellationToken).ConfigureAwait(false);
        var done = await ActionsAsync(team, viewer, ActionStatus.Done, person.Id, null, all, cancellationToken).ConfigureAwait(false);
        var meetings = ReadableMeetings(team, viewer).Select(m => m.Id);
        var updates = await db.Updates.AsNoTracking()
            .Where(u => u.PersonId == person.Id && meetings.Contains(u.MeetingId))
            .OrderBy(u => u.Meeting.Date == null).ThenByDescending(u => u.Meeting.Date).ThenByDescending(u => u.MeetingId)
            .Take(Paging.MaxSize)
            .Select(u => new { u.MeetingId, Series = u.Meeting.Series.Slug, u.Meeting.Date, u.Done, u.Planned, u.Blocked })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var standups = updates.Select(u => new StandupItem(u.MeetingId, u.Series, u.Date is { } d ? Iso(d) : null, u.Done, u.Planned, u.Blocked)).ToList();
        return new PersonDetail(person.Id, person.Name, team.Slug, open.Items, done.Items, standups, PersonUrl(team, person.Id));
    }

    /// <summary>
    /// The viewer's person in the team: the membership's link when set, else the person whose name
    /// is the viewer's display name.
    /// </summary>
    public async Task<int?> MyPersonIdAsync(Team team, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.AccountId is not { } account)
        {
            return null;
        }

        var linked = await db.Memberships.Where(m => m.TeamId == team.Id && m.AccountId == account)
            .Select(m => m.PersonId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (linked is not null)
        {
            return linked;
        }

        return await PersonIdByNameAsync(team, viewer.DisplayName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The team's person who goes by a name (any of their aliases), or null.</summary>
    public async Task<int?> PersonIdByNameAsync(Team team, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        var key = PersonAlias.Normalize(name);
        return key is null
            ? null
            : await db.Aliases.Where(a => a.TeamId == team.Id && a.Key == key).Select(a => (int?)a.PersonId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One point per dated meeting the viewer may read: items open and closed by that date (an item
    /// counts from its first readable mention; a closed one from the meeting that closed it, else
    /// when it was marked, else its last readable mention), and the meeting's attendance.
    /// </summary>
    public async Task<IReadOnlyList<ChartPoint>> ChartAsync(Series series, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        var meetings = await db.Meetings.Readable(viewer).Where(m => m.SeriesId == series.Id && m.Date != null)
            .OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new { m.Id, Date = m.Date!.Value, Attendees = m.Attendance.Count })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (meetings.Count == 0)
        {
            return [];
        }

        var dates = meetings.ToDictionary(m => m.Id, m => m.Date);
        var readable = db.Meetings.Readable(viewer).Select(m => m.Id);
        var actions = await db.Actions.Where(a => a.SeriesId == series.Id).Readable(db.Meetings, viewer)
            .Select(a => new
            {
                a.Status,
                a.ClosedInMeetingId,
                a.MarkedAt,
                Mentions = a.Mentions.Where(x => readable.Contains(x.MeetingId)).Select(x => x.MeetingId).ToList(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var spans = actions
            .Select(a =>
            {
                var seen = a.Mentions.Where(dates.ContainsKey).Select(id => dates[id]).Order().ToList();
                if (seen.Count == 0)
                {
                    return ((LocalDate From, LocalDate? Closed)?)null;
                }

                LocalDate? closed = a.Status == ActionStatus.Open
                    ? null
                    : a.ClosedInMeetingId is { } c && dates.TryGetValue(c, out var at) ? at
                    : a.MarkedAt is { } marked ? marked.InUtc().Date
                    : seen[^1];
                return (seen[0], closed);
            })
            .OfType<(LocalDate From, LocalDate? Closed)>()
            .ToList();
        return meetings.Select(m => new ChartPoint(
            Iso(m.Date),
            spans.Count(s => s.From <= m.Date && (s.Closed is not { } c || c > m.Date)),
            spans.Count(s => s.Closed is { } c && c <= m.Date),
            m.Attendees)).ToList();
    }

    public static string MeetingUrl(int id) => FormattableString.Invariant($"/meetings/{id}");

    public static string PersonUrl(Team team, int id)
    {
        ArgumentNullException.ThrowIfNull(team);
        return FormattableString.Invariant($"/t/{team.Slug}/people/{id}");
    }

    public static string SeriesUrl(Team team, Series series)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(series);
        return $"/t/{team.Slug}/s/{series.Slug}";
    }

    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Iso(ZonedDateTime time) => Iso(time.ToOffsetDateTime());

    public static string Iso(OffsetDateTime time) => TimePattern.Format(time);

    /// <summary>ISO 8601 with the offset always as <c>+HH:mm</c> (NodaTime's general pattern writes <c>-08</c>).</summary>
    public static readonly OffsetDateTimePattern TimePattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    private static PersonRef Person(Team team, int id, string name) => new(id, name, PersonUrl(team, id));

    private IQueryable<Meeting> ReadableMeetings(Team team, Viewer viewer) =>
        db.Meetings.Readable(viewer).Where(m => m.Series.TeamId == team.Id);

    private IQueryable<Person> VisiblePeople(int teamId, Viewer viewer)
    {
        var meetings = db.Meetings.Readable(viewer).Where(m => m.Series.TeamId == teamId).Select(m => m.Id);
        var actions = db.Actions.Where(a => a.Series.TeamId == teamId).Readable(db.Meetings, viewer).Select(a => a.Id);
        return db.People.AsNoTracking().Where(p => p.TeamId == teamId && (
            db.Attendance.Any(x => x.PersonId == p.Id && meetings.Contains(x.MeetingId))
            || db.Updates.Any(x => x.PersonId == p.Id && meetings.Contains(x.MeetingId))
            || db.Roles.Any(x => x.PersonId == p.Id && meetings.Contains(x.MeetingId))
            || db.ActionAssignees.Any(x => x.PersonId == p.Id && actions.Contains(x.ActionItemId))));
    }

    private static IQueryable<Series> WithPlans(IQueryable<Series> series) =>
        series.Include(s => s.Plan).ThenInclude(p => p!.Members)
            .Include(s => s.Plan).ThenInclude(p => p!.Changes)
            .AsSplitQuery();
}
