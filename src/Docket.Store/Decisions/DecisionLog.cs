using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Store.Teams;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Decisions;

/// <summary>Every decision the meetings made, oldest first.</summary>
public sealed class DecisionLog(StoreProvider provider)
{
    public async Task<QueryResult<IReadOnlyList<DecisionRow>>> ListAsync(DecisionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = provider.CreateContext();
        var query = db.Decisions.AsNoTracking();
        if (filter.Series is { } typed)
        {
            var series = await SeriesLookup.ResolveAsync(db, typed, cancellationToken).ConfigureAwait(false);
            if (!series.Found)
            {
                return QueryResult.NoSuchSeries<IReadOnlyList<DecisionRow>>(typed);
            }

            query = query.Where(d => series.Ids.Contains(d.Meeting.SeriesId));
        }

        if (filter.Since is { } since)
        {
            query = query.Where(d => d.Meeting.Date != null && d.Meeting.Date >= since);
        }

        var rows = await query
            .OrderBy(d => d.Meeting.Date).ThenBy(d => d.Meeting.SeriesId).ThenBy(d => d.MeetingId).ThenBy(d => d.Position)
            .Select(d => new DecisionRow(d.Id, d.Text, d.Topic, new SourceRef(d.MeetingId, d.Meeting.Title, d.Meeting.Date, d.Meeting.Series.Slug, d.Meeting.Source.Path, d.Line)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return QueryResult.Ok<IReadOnlyList<DecisionRow>>(rows);
    }
}
