using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.People;

/// <summary>
/// The people of one team by every name they go by, for one unit of work: a name seen for the
/// first time becomes a new person, a known alias (<c>@hsanjuan</c> = <c>hsanjuan</c>) finds its owner.
/// </summary>
public sealed class PersonDirectory(DocketDbContext db, Team team)
{
    private Dictionary<string, Person>? _byAlias;

    /// <summary>The person for a name as written; null for no name.</summary>
    public async Task<Person?> ResolveAsync(string? name, CancellationToken cancellationToken)
    {
        var key = PersonAlias.Normalize(name);
        if (key is null)
        {
            return null;
        }

        var byAlias = await LoadAsync(cancellationToken).ConfigureAwait(false);
        if (byAlias.TryGetValue(key, out var person))
        {
            return person;
        }

        person = new Person(team, name!);
        person.Aliases.Add(new PersonAlias(person, team.Id, name!));
        db.People.Add(person);
        byAlias[key] = person;
        return person;
    }

    /// <summary>The person a typed name stands for, without creating one.</summary>
    public async Task<Person?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var key = PersonAlias.Normalize(name);
        var byAlias = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return key is not null && byAlias.TryGetValue(key, out var person) ? person : null;
    }

    private async Task<Dictionary<string, Person>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_byAlias is null)
        {
            var aliases = await db.Aliases.Include(a => a.Person).Where(a => a.TeamId == team.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            _byAlias = aliases.ToDictionary(a => a.Key, a => a.Person, StringComparer.Ordinal);
        }

        return _byAlias;
    }
}
