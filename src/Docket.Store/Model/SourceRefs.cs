using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Model;

internal static class SourceRefs
{
    // Compiled once: every search and listing asks this for its hits' meetings, and translating the
    // LINQ again each time cost more than running it.
    private static readonly Func<DocketDbContext, int[], IAsyncEnumerable<SourceRef>> ForIds = EF.CompileAsyncQuery(
        (DocketDbContext db, int[] ids) => db.Meetings.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new SourceRef(m.Id, m.Title, m.Date, m.Series.Slug, m.Source.Path, m.Line)));

    public static async Task<Dictionary<int, SourceRef>> ForMeetingsAsync(DocketDbContext db, IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken)
    {
        var refs = new Dictionary<int, SourceRef>(meetingIds.Count);
        if (meetingIds.Count == 0)
        {
            return refs;
        }

        await foreach (var source in ForIds(db, [.. meetingIds]).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            refs[source.MeetingId] = source;
        }

        return refs;
    }
}
