using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.People;

/// <summary>Finds the people a typed name stands for.</summary>
public static class PeopleLookup
{
    /// <summary>
    /// The person with this alias (<c>@Aaron</c> = <c>aaron</c>); failing that, everyone whose
    /// name starts with it as a whole word (<c>Aaron</c> finds <c>Aaron Schlesinger</c>).
    /// </summary>
    public static async Task<IReadOnlyList<int>> ResolveAsync(DocketDbContext db, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = PersonAlias.Normalize(typed);
        if (key is null)
        {
            return [];
        }

        var exact = await db.Aliases.AsNoTracking().Where(a => a.Key == key).Select(a => a.PersonId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        if (exact.Count > 0)
        {
            return exact;
        }

        var prefix = key + " ";
        return await db.Aliases.AsNoTracking().Where(a => a.Key.StartsWith(prefix)).Select(a => a.PersonId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
