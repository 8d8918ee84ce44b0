using Docket.Meetings.Scheduling;
using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Store.Teams;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Planning;

/// <summary>The one series a typed name stands for, with its plan loaded (tracked, for changes).</summary>
internal static class PlanningSeries
{
    public static async Task<QueryResult<Series>> ResolveAsync(DocketDbContext db, string typed, CancellationToken cancellationToken)
    {
        var match = await SeriesLookup.ResolveAsync(db, typed, cancellationToken).ConfigureAwait(false);
        if (!match.Found)
        {
            return QueryResult.NoSuchSeries<Series>(typed);
        }

        if (match.Ids.Count > 1)
        {
            var slugs = await db.Series.AsNoTracking().Where(s => match.Ids.Contains(s.Id)).OrderBy(s => s.Slug).Select(s => s.Slug).ToListAsync(cancellationToken).ConfigureAwait(false);
            return QueryResult.Bad<Series>($"'{typed}' could be any of {string.Join(", ", slugs)}: type more of the name");
        }

        return await ResolveAsync(db, match.Ids[0], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The series with this id (already resolved within its team by the caller).</summary>
    public static async Task<QueryResult<Series>> ResolveAsync(DocketDbContext db, int seriesId, CancellationToken cancellationToken)
    {
        var series = await db.Series
            .Include(s => s.Plan).ThenInclude(p => p!.Members)
            .Include(s => s.Plan).ThenInclude(p => p!.Roles)
            .Include(s => s.Plan).ThenInclude(p => p!.Changes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == seriesId, cancellationToken).ConfigureAwait(false);
        return series is null ? QueryResult.Missing<Series>($"there is no series {seriesId}") : QueryResult.Ok(series);
    }

    /// <summary>The series' cadence and its skips and moves; the plan was checked when stored, so this reads back.</summary>
    public static (Cadence Cadence, IReadOnlyList<OccurrenceException> Changes) Schedule(SeriesPlan plan) =>
        (Cadence.Parse(plan.Cadence), plan.Changes.OrderBy(c => c.Date).Select(c => OccurrenceException.Parse(c.Text)).ToList());

    public static string NoPlan(Series series) =>
        $"series '{series.Slug}' has no cadence yet: give it one with `docket series edit {series.Slug} --cadence \"weekly on Thursday 11:00 America/Los_Angeles\"`";
}
