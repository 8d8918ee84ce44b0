using Docket.Store.Access;
using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Features.Meetings;

/// <summary>A series found by its team's slug and its own (unique within the team), as a viewer may see it.</summary>
public sealed record TeamSeries(int TeamId, string TeamSlug, string TeamName, int SeriesId, string SeriesSlug, string SeriesName, bool CanRead, bool CanWrite)
{
    /// <summary>Null when the viewer may not know the series exists (the same as when it does not).</summary>
    public static async Task<TeamSeries?> FindAsync(DocketDbContext db, string team, string series, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(viewer);
        var found = await db.Series.AsNoTracking().Listed(viewer)
            .Where(s => s.Team.Slug == team && s.Slug == series)
            .Select(s => new { s.TeamId, TeamSlug = s.Team.Slug, TeamName = s.Team.Name, s.Id, s.Slug, s.Name, s.Access })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        var canRead = AccessRules.CanRead(viewer, found.TeamId, found.Access);
        return new TeamSeries(found.TeamId, found.TeamSlug, found.TeamName, found.Id, found.Slug, found.Name, canRead, canRead && viewer.CanWrite(found.TeamId));
    }
}
