using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Storage;
using Docket.Store.Teams;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Actions;

/// <summary>Lists action items across meetings, and lets a person close or reopen one.</summary>
public sealed class ActionList(StoreProvider provider, IClock clock)
{
    public async Task<QueryResult<IReadOnlyList<ActionRow>>> ListAsync(ActionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = provider.CreateContext();
        var query = db.Actions.AsNoTracking();
        if (filter.OpenOnly)
        {
            query = query.Where(a => a.Status == ActionStatus.Open);
        }

        if (filter.Id is { } id)
        {
            query = query.Where(a => a.Id == id);
        }

        if (filter.Series is { } typed)
        {
            var series = await SeriesLookup.ResolveAsync(db, typed, cancellationToken).ConfigureAwait(false);
            if (!series.Found)
            {
                return QueryResult.NoSuchSeries<IReadOnlyList<ActionRow>>(typed);
            }

            query = query.Where(a => series.Ids.Contains(a.SeriesId));
        }

        if (filter.SeriesId is { } seriesId)
        {
            query = query.Where(a => a.SeriesId == seriesId);
        }

        if (filter.Who is { } who)
        {
            var people = await PeopleLookup.ResolveAsync(db, who, cancellationToken).ConfigureAwait(false);
            if (people.Count == 0)
            {
                return QueryResult.NoSuchPerson<IReadOnlyList<ActionRow>>(who);
            }

            query = query.Where(a => a.Assignees.Any(p => people.Contains(p.PersonId)));
        }

        var items = await query
            .OrderBy(a => a.FirstDate).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id,
                a.Text,
                a.Status,
                a.SeriesId,
                Series = a.Series.Slug,
                a.FirstMeetingId,
                a.LastMeetingId,
                a.FirstDate,
                a.LastDate,
                a.MeetingCount,
                a.ClosedInMeetingId,
                a.MarkedAt,
                Owners = a.Assignees.Select(p => p.Person.Name).ToList(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var meetingIds = items.SelectMany(i => new[] { i.FirstMeetingId, i.LastMeetingId }).Distinct().ToList();
        var refs = await SourceRefs.ForMeetingsAsync(db, meetingIds, cancellationToken).ConfigureAwait(false);
        var lines = await db.ActionMentions.AsNoTracking()
            .Where(m => items.Select(i => i.Id).Contains(m.ActionItemId))
            .Select(m => new { m.ActionItemId, m.MeetingId, m.Line })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var lineOf = lines.GroupBy(l => (l.ActionItemId, l.MeetingId)).ToDictionary(g => g.Key, g => g.Min(l => l.Line));

        var seriesIds = items.Select(i => i.SeriesId).Distinct().ToList();
        var dates = (await db.Meetings.AsNoTracking().Where(m => seriesIds.Contains(m.SeriesId) && m.Date != null)
            .Select(m => new { m.SeriesId, m.Date }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(m => m.SeriesId).ToDictionary(g => g.Key, g => g.Select(m => m.Date!.Value).Distinct().Order().ToArray());

        var today = clock.GetCurrentInstant().InUtc().Date;
        var rows = items.Select(i =>
        {
            var closedOn = i.Status == ActionStatus.Open ? (LocalDate?)null
                : i.ClosedInMeetingId is not null ? i.LastDate
                : i.MarkedAt?.InUtc().Date;
            var until = closedOn ?? today;
            var seriesDates = dates.GetValueOrDefault(i.SeriesId, []);
            var ageMeetings = i.FirstDate is { } born ? seriesDates.Count(d => d >= born && d <= until) : i.MeetingCount;
            int? ageDays = i.FirstDate is { } first ? Period.Between(first, until, PeriodUnits.Days).Days : null;
            return new ActionRow(
                i.Id,
                i.Text,
                i.Status,
                i.Owners,
                i.Series,
                ageMeetings,
                ageDays,
                i.MeetingCount,
                refs[i.FirstMeetingId] with { Line = lineOf.GetValueOrDefault((i.Id, i.FirstMeetingId), refs[i.FirstMeetingId].Line) },
                refs[i.LastMeetingId] with { Line = lineOf.GetValueOrDefault((i.Id, i.LastMeetingId), refs[i.LastMeetingId].Line) });
        }).ToList();
        return QueryResult.Ok<IReadOnlyList<ActionRow>>(rows);
    }

    /// <summary>Marks an item done, dropped or open again by hand; later notes don't undo a mark.</summary>
    public async Task<QueryResult<ActionRow>> MarkAsync(int id, ActionStatus status, CancellationToken cancellationToken = default)
    {
        await using var db = provider.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await provider.LockForWritingAsync(db, cancellationToken).ConfigureAwait(false);
        var item = await db.Actions.SingleOrDefaultAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return QueryResult.Missing<ActionRow>($"there is no action item {id}");
        }

        item.Mark(status, clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ListAsync(new ActionFilter { Id = id }, cancellationToken).ConfigureAwait(false);
        return QueryResult.Ok(rows.Value!.Single());
    }
}
