using Docket.Store.Access;
using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Features;

/// <summary>The front page: the teams the viewer can see something of.</summary>
public sealed class IndexModel(DocketDbContext db) : DocketPage
{
    public IReadOnlyList<TeamCard> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var listed = await db.Series.AsNoTracking().Listed(Viewer)
            .GroupBy(s => s.TeamId)
            .Select(g => new { TeamId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = listed.ToDictionary(t => t.TeamId, t => t.Count);
        var ids = counts.Keys.Concat(Viewer.ReaderTeams).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        Teams = teams.Select(t => new TeamCard(t.Slug, t.Name, counts.GetValueOrDefault(t.Id), Viewer.RoleIn(t.Id))).ToList();
    }

    public sealed record TeamCard(string Slug, string Name, int SeriesCount, TeamRole? Role);
}
