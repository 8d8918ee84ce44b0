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
    // Only the names asked for are loaded (a team of years has thousands of aliases; a file names a few).
    private readonly Dictionary<string, Person?> _byAlias = new(StringComparer.Ordinal);

    /// <summary>Loads the people for these names in one query, ahead of many <see cref="ResolveAsync"/> calls.</summary>
    public async Task PreloadAsync(IEnumerable<string?> names, CancellationToken cancellationToken)
    {
        var keys = names.Select(PersonAlias.Normalize).OfType<string>().Distinct(StringComparer.Ordinal).Where(k => !_byAlias.ContainsKey(k)).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        var aliases = await db.Aliases.Include(a => a.Person).Where(a => a.TeamId == team.Id && keys.Contains(a.Key)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            _byAlias[key] = null;
        }

        foreach (var alias in aliases)
        {
            _byAlias[alias.Key] = alias.Person;
        }
    }

    /// <summary>The person for a name as written; null for no name.</summary>
    public async Task<Person?> ResolveAsync(string? name, CancellationToken cancellationToken)
    {
        var key = PersonAlias.Normalize(name);
        if (key is null)
        {
            return null;
        }

        if (await LookupAsync(key, cancellationToken).ConfigureAwait(false) is { } person)
        {
            return person;
        }

        person = new Person(team, name!);
        person.Aliases.Add(new PersonAlias(person, team.Id, name!));
        db.People.Add(person);
        _byAlias[key] = person;
        return person;
    }

    /// <summary>The person a typed name stands for, without creating one.</summary>
    public async Task<Person?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var key = PersonAlias.Normalize(name);
        return key is null ? null : await LookupAsync(key, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Person?> LookupAsync(string key, CancellationToken cancellationToken)
    {
        if (!_byAlias.TryGetValue(key, out var person))
        {
            person = (await db.Aliases.Include(a => a.Person).SingleOrDefaultAsync(a => a.TeamId == team.Id && a.Key == key, cancellationToken).ConfigureAwait(false))?.Person;
            _byAlias[key] = person;
        }

        return person;
    }
}
