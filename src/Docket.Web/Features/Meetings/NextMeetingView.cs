using Docket.Meetings.Scheduling;
using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Web.Features.Meetings;

/// <summary>A series' planned next meeting as stored (null fields when none is planned) and the topics waiting for it.</summary>
public sealed record NextMeetingView(bool HasPlan, int? Number, ZonedDateTime? Start, ZonedDateTime? End, string? Agenda, IReadOnlyList<NextMeetingView.Topic> Waiting)
{
    public static async Task<NextMeetingView> ReadAsync(DocketDbContext db, int seriesId, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cadence = await db.Set<SeriesPlan>().AsNoTracking().Where(p => p.SeriesId == seriesId).Select(p => p.Cadence)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var planned = await db.Set<PlannedMeeting>().AsNoTracking()
            .Where(p => p.SeriesId == seriesId && p.HeldMeetingId == null && p.EndsAt > now)
            .OrderByDescending(p => p.Date)
            .Select(p => new { p.Number, p.StartsAt, p.EndsAt, p.Agenda })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var waiting = await db.Set<ProposedTopic>().AsNoTracking()
            .Where(t => t.SeriesId == seriesId && t.PlannedMeetingId == null)
            .OrderBy(t => t.ProposedAt).ThenBy(t => t.Id)
            .Select(t => new Topic(t.Id, t.Title, t.Proposer, t.Minutes, t.Link))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var zone = cadence is null ? DateTimeZone.Utc : Cadence.Parse(cadence).Zone;
        return new NextMeetingView(
            cadence is not null,
            planned?.Number,
            planned is null ? null : planned.StartsAt.InZone(zone),
            planned is null ? null : planned.EndsAt.InZone(zone),
            planned?.Agenda,
            waiting);
    }

    public sealed record Topic(int Id, string Title, string Proposer, int? Minutes, string? Link);
}
