using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Model;

internal static class SourceRefs
{
    public static async Task<Dictionary<int, SourceRef>> ForMeetingsAsync(DocketDbContext db, IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken)
    {
        var ids = meetingIds.ToList();
        return await db.Meetings.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new SourceRef(m.Id, m.Title, m.Date, m.Series.Slug, m.Source.Path, m.Line))
            .ToDictionaryAsync(r => r.MeetingId, cancellationToken).ConfigureAwait(false);
    }
}
