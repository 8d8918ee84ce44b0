using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Access;

/// <summary>
/// The one place that says who sees what. Public: anyone reads everything. Indexed: anyone sees
/// the title, date and series; the team's guests, members and owners read the content. Private:
/// members and owners only; to anyone else it does not exist. A meeting may be stricter than its
/// series, never looser. Pages, the API, search, feeds and the calendar all filter through here.
/// </summary>
public static class AccessRules
{
    /// <summary>Whether the viewer may know the thing exists (its title, date and series).</summary>
    public static bool CanList(Viewer viewer, int teamId, AccessLevel level)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return level != AccessLevel.Private || viewer.RoleIn(teamId) >= TeamRole.Member;
    }

    /// <summary>Whether the viewer may read the content (notes, decisions, actions, people's words).</summary>
    public static bool CanRead(Viewer viewer, int teamId, AccessLevel level)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return level switch
        {
            AccessLevel.Public => true,
            AccessLevel.Indexed => viewer.RoleIn(teamId) is not null,
            _ => viewer.RoleIn(teamId) >= TeamRole.Member,
        };
    }

    public static bool CanList(Viewer viewer, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return CanList(viewer, meeting.Series.TeamId, meeting.EffectiveAccess);
    }

    public static bool CanRead(Viewer viewer, Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return CanRead(viewer, meeting.Series.TeamId, meeting.EffectiveAccess);
    }

    /// <summary>Series the viewer may know of.</summary>
    public static IQueryable<Series> Listed(this IQueryable<Series> series, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var members = viewer.MemberTeams;
        return series.Where(s => s.Access != AccessLevel.Private || members.Contains(s.TeamId));
    }

    /// <summary>Series whose content the viewer may read.</summary>
    public static IQueryable<Series> Readable(this IQueryable<Series> series, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var readers = viewer.ReaderTeams;
        var members = viewer.MemberTeams;
        return series.Where(s => s.Access == AccessLevel.Public
            || (s.Access == AccessLevel.Indexed && readers.Contains(s.TeamId))
            || members.Contains(s.TeamId));
    }

    /// <summary>Meetings the viewer may know of (title, date, series).</summary>
    public static IQueryable<Meeting> Listed(this IQueryable<Meeting> meetings, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var members = viewer.MemberTeams;
        return meetings.Where(m => members.Contains(m.Series.TeamId)
            || (m.Series.Access != AccessLevel.Private && (m.Access == null || m.Access != AccessLevel.Private)));
    }

    /// <summary>Meetings whose content the viewer may read: both the series' level and the meeting's own allow it.</summary>
    public static IQueryable<Meeting> Readable(this IQueryable<Meeting> meetings, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var readers = viewer.ReaderTeams;
        var members = viewer.MemberTeams;
        return meetings.Where(m => members.Contains(m.Series.TeamId)
            || (readers.Contains(m.Series.TeamId) && m.Series.Access != AccessLevel.Private && (m.Access == null || m.Access != AccessLevel.Private))
            || (m.Series.Access == AccessLevel.Public && (m.Access == null || m.Access == AccessLevel.Public)));
    }

    /// <summary>Action items the viewer may read: said in at least one meeting the viewer may read.</summary>
    public static IQueryable<ActionItem> Readable(this IQueryable<ActionItem> actions, IQueryable<Meeting> allMeetings, Viewer viewer)
    {
        var readable = allMeetings.Readable(viewer).Select(m => m.Id);
        return actions.Where(a => a.Mentions.Any(mention => readable.Contains(mention.MeetingId)));
    }

    /// <summary>
    /// What a search may look in: the readable series, less the meetings of them with a stricter
    /// level of their own. Applied inside the search query, so results, counts and snippets agree.
    /// </summary>
    public static async Task<SearchScope> SearchScopeAsync(DocketDbContext db, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var series = await db.Series.Readable(viewer).Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var readable = db.Meetings.Readable(viewer).Select(m => m.Id);
        var hidden = await db.Meetings
            .Where(m => m.Access != null && series.Contains(m.SeriesId) && !readable.Contains(m.Id))
            .Select(m => m.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SearchScope(series, hidden);
    }
}
