using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Teams;

internal static class DefaultTeam
{
    /// <summary>The team imports go to until teams are chosen explicitly; made on first use.</summary>
    public static async Task<Team> GetAsync(DocketDbContext db, CancellationToken cancellationToken)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Slug == Team.DefaultSlug, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            team = new Team(Team.DefaultSlug, "Default team");
            db.Teams.Add(team);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return team;
    }
}
