using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Teams;

/// <summary>Finds series by what users type: a slug, a name, or a word of one (<c>athens</c>).</summary>
public static class SeriesLookup
{
    /// <summary>The series with this name or slug, made when there is none.</summary>
    public static async Task<Model.Series> FindOrCreateAsync(DocketDbContext db, Team team, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(team);
        var slug = Slugs.From(name);
        var series = db.Series.Local.FirstOrDefault(s => s.TeamId == team.Id && s.Slug == slug)
            ?? await db.Series.SingleOrDefaultAsync(s => s.TeamId == team.Id && s.Slug == slug, cancellationToken).ConfigureAwait(false);
        if (series is null)
        {
            series = New(team, name);
            db.Series.Add(series);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return series;
    }

    /// <summary>A new series of the team by this name: the slug made from it, the name trimmed to fit.</summary>
    internal static Model.Series New(Team team, string name)
    {
        var trimmed = name.Trim();
        return new Model.Series(team, Slugs.From(name), trimmed.Length <= 200 ? trimmed : trimmed[..200].TrimEnd());
    }

    /// <summary>
    /// Resolves what a user typed to series ids: an exact slug or name first, else every series
    /// whose slug has the typed words as whole parts (<c>athens</c> finds <c>athens-weekly-developer-meeting</c>).
    /// </summary>
    public static async Task<SeriesMatch> ResolveAsync(DocketDbContext db, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var slug = Slugs.From(typed);
        var all = await db.Series.AsNoTracking().Select(s => new { s.Id, s.Slug, s.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var exact = all.Where(s => s.Slug == slug).Select(s => s.Id).ToList();
        if (exact.Count > 0)
        {
            return new SeriesMatch(typed, exact);
        }

        var parts = slug.Split('-');
        var partial = all.Where(s =>
        {
            var own = s.Slug.Split('-');
            return parts.All(p => own.Contains(p, StringComparer.Ordinal)) || s.Slug.StartsWith(slug, StringComparison.Ordinal);
        }).Select(s => s.Id).ToList();
        return new SeriesMatch(typed, partial);
    }
}
