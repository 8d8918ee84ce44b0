using Docket.Store.Access;
using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Web.Features.Meetings;

/// <summary>
/// Reads one meeting for a viewer, through <see cref="AccessRules"/>: null when the viewer may not
/// know of it (a private meeting is as missing as one that never was). No tracking, projections only:
/// the meeting page is among the busiest.
/// </summary>
public sealed class MeetingReader(DocketDbContext db)
{
    public async Task<MeetingView?> ReadAsync(int id, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var head = await db.Meetings.AsNoTracking().Listed(viewer).Where(m => m.Id == id)
            .Select(m => new
            {
                m.Id,
                m.Title,
                m.Number,
                m.Date,
                m.StartsAt,
                m.EndsAt,
                m.OffsetSeconds,
                m.TimeZone,
                m.Location,
                m.Access,
                SeriesAccess = m.Series.Access,
                m.Series.TeamId,
                TeamSlug = m.Series.Team.Slug,
                TeamName = m.Series.Team.Name,
                m.SeriesId,
                SeriesSlug = m.Series.Slug,
                SeriesName = m.Series.Name,
                m.Source.Path,
                m.Source.Sha256,
                m.Line,
            })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            return null;
        }

        var access = head.Access is { } own && own > head.SeriesAccess ? own : head.SeriesAccess;
        var canRead = AccessRules.CanRead(viewer, head.TeamId, access);
        var canWrite = canRead && viewer.CanWrite(head.TeamId);
        Offset? offset = head.OffsetSeconds is { } s ? Offset.FromSeconds(s) : null;
        var view = new MeetingView(
            head.Id,
            head.Title,
            head.Number,
            head.Date,
            head.StartsAt is { } start && offset is { } o1 ? start.WithOffset(o1) : null,
            head.EndsAt is { } end && offset is { } o2 ? end.WithOffset(o2) : null,
            head.TimeZone,
            head.Location,
            head.TeamId,
            head.TeamSlug,
            head.TeamName,
            head.SeriesId,
            head.SeriesSlug,
            head.SeriesName,
            access,
            canRead,
            canWrite,
            canRead ? head.Path : null,
            canRead ? head.Line : 0,
            null,
            canRead ? head.Sha256 : null);
        if (!canRead)
        {
            return view;
        }

        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Notes, m.References }).SingleAsync(cancellationToken).ConfigureAwait(false);
        var agenda = await db.Agenda.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.Position)
            .Select(a => new MeetingView.AgendaItem(a.Id, a.Title, a.Minutes, a.Proposer, a.Line)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await db.Decisions.AsNoTracking().Where(d => d.MeetingId == id).OrderBy(d => d.Position)
            .Select(d => new MeetingView.Decision(d.Id, d.Text, d.Topic, d.Line)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var questions = await db.Questions.AsNoTracking().Where(q => q.MeetingId == id).OrderBy(q => q.Position)
            .Select(q => new MeetingView.Question(q.Id, q.Text, q.Topic, q.Line)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var attendees = await db.Attendance.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.Position)
            .Select(a => new MeetingView.Attendee(a.PersonId, a.Person.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var roles = await db.Roles.AsNoTracking().Where(r => r.MeetingId == id).OrderBy(r => r.Position)
            .Select(r => new MeetingView.Role(r.Role, r.PersonId, r.Person.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var updates = await db.Updates.AsNoTracking().Where(u => u.MeetingId == id).OrderBy(u => u.Position)
            .Select(u => new { Person = u.Person.Name, u.Done, u.Planned, u.Blocked, u.Line }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var actions = await ActionsAsync(db.ActionMentions.AsNoTracking().Where(m => m.MeetingId == id), head.Path, canWrite, cancellationToken).ConfigureAwait(false);

        return view with
        {
            Notes = meeting.Notes,
            Agenda = agenda,
            Decisions = decisions,
            Questions = questions,
            Attendees = attendees,
            Roles = roles,
            Updates = updates.Select(u => new MeetingView.Update(u.Person, u.Done, u.Planned, u.Blocked, u.Line)).ToList(),
            References = meeting.References,
            Actions = actions,
        };
    }

    /// <summary>One action item as a meeting mentions it, for a viewer who may read that meeting; null otherwise.</summary>
    public async Task<MeetingActionView?> ReadActionAsync(int actionId, int? meetingId, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var readable = db.Meetings.AsNoTracking().Readable(viewer).Select(m => m.Id);
        var mention = await db.ActionMentions.AsNoTracking()
            .Where(m => m.ActionItemId == actionId && readable.Contains(m.MeetingId) && (meetingId == null || m.MeetingId == meetingId))
            .OrderByDescending(m => m.MeetingId)
            .Select(m => new { m.MeetingId, m.Meeting.Series.TeamId, m.Meeting.Source.Path })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (mention is null)
        {
            return null;
        }

        var rows = await ActionsAsync(
            db.ActionMentions.AsNoTracking().Where(m => m.ActionItemId == actionId && m.MeetingId == mention.MeetingId),
            mention.Path,
            viewer.CanWrite(mention.TeamId),
            cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    private static async Task<IReadOnlyList<MeetingActionView>> ActionsAsync(IQueryable<ActionMention> mentions, string path, bool canWrite, CancellationToken cancellationToken)
    {
        var rows = await mentions.OrderBy(m => m.Position)
            .Select(m => new
            {
                m.ActionItemId,
                m.MeetingId,
                m.Text,
                Owners = m.ActionItem.Assignees.Select(a => a.Person.Name).ToList(),
                m.ActionItem.Status,
                m.Done,
                m.Due,
                m.Topic,
                m.Line,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new MeetingActionView(r.ActionItemId, r.MeetingId, r.Text, r.Owners, r.Status, r.Done, r.Due, r.Topic, r.Line, path, canWrite)).ToList();
    }
}
