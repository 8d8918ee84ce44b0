using Docket.Store.Storage;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Docket.Store.Model;

internal static class SourceRefs
{
    // Compiled once per model (a compiled query belongs to the provider's model it was compiled
    // for): every search asks this for its hits' meetings, and translating the LINQ again each
    // time cost more than running it.
    private static readonly ConcurrentDictionary<IModel, Func<DocketDbContext, int[], IAsyncEnumerable<SourceRef>>> ForIds = new();

    private static Func<DocketDbContext, int[], IAsyncEnumerable<SourceRef>> Compile() => EF.CompileAsyncQuery(
        (DocketDbContext db, int[] ids) => db.Meetings.AsNoTracking()
            .Where(m => Enumerable.Contains(ids, m.Id))
            .Select(m => new SourceRef(m.Id, m.Title, m.Date, m.Series.Slug, m.Source.Path, m.Line)));

    public static async Task<Dictionary<int, SourceRef>> ForMeetingsAsync(DocketDbContext db, IReadOnlyCollection<int> meetingIds, CancellationToken cancellationToken)
    {
        var refs = new Dictionary<int, SourceRef>(meetingIds.Count);
        if (meetingIds.Count == 0)
        {
            return refs;
        }

        var query = ForIds.GetOrAdd(db.Model, _ => Compile());
        await foreach (var source in query(db, [.. meetingIds]).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            refs[source.MeetingId] = source;
        }

        return refs;
    }
}
