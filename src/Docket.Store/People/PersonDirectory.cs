using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.People;

/// <summary>
/// The people of one team by every name they go by, for one unit of work: a name seen for the
/// first time becomes a new person, a known alias (<c>@hsanjuan</c> = <c>hsanjuan</c>) finds its owner.
/// </summary>
public sealed class PersonDirectory
{
    private readonly DocketDbContext _db;
    private readonly Team _team;

    // Set when new people are written at once, untracked, instead of added to the context.
    private BulkRows? _rows;

    // Only the names asked for are loaded (a team of years has thousands of aliases; a file names a few).
    private readonly Dictionary<string, Person?> _byAlias = new(StringComparer.Ordinal);

    // One object per person, whichever alias found it: callers compare people by reference, and
    // untracked queries give a new object each time.
    private readonly Dictionary<int, Person> _byId = [];

    /// <summary>A directory whose new people are added to <paramref name="db"/>, to be saved with it.</summary>
    public PersonDirectory(DocketDbContext db, Team team)
    {
        _db = db;
        _team = team;
    }

    /// <summary>
    /// A directory whose new people are inserted at once, untracked, so they have their ids when
    /// found: an import keeps one for a whole transaction of many files, and nothing it holds is
    /// ever tracked by the context (which forgets everything between files).
    /// </summary>
    internal PersonDirectory(DocketDbContext db, Team team, BulkRows rows)
        : this(db, team) => _rows = rows;

    /// <summary>An import's directory, kept for its next transaction: new people are written with that one's statements.</summary>
    internal void WriteWith(BulkRows rows)
    {
        if (_rows is null)
        {
            throw new InvalidOperationException("Only an import's directory writes people with its own statements.");
        }

        _rows = rows;
    }

    /// <summary>
    /// Loads the people for these names ahead of many <see cref="ResolveAsync"/> calls: in one query,
    /// or, for an import's directory, with its prepared query per name not met before.
    /// </summary>
    public async Task PreloadAsync(IEnumerable<string?> names, CancellationToken cancellationToken)
    {
        var keys = names.Select(PersonAlias.Normalize).OfType<string>().Distinct(StringComparer.Ordinal).Where(k => !_byAlias.ContainsKey(k)).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        if (_rows is not null)
        {
            // An import's directory asks its prepared query: an EF query per file cost more than its rows.
            foreach (var key in keys)
            {
                await LookupAsync(key, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var aliases = await Aliases().Where(a => keys.Contains(a.Key)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            _byAlias[key] = null;
        }

        foreach (var alias in aliases)
        {
            _byAlias[alias.Key] = Known(alias.Person);
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

        person = new Person(_team, name!);
        var alias = new PersonAlias(person, _team.Id, name!);
        if (_rows is null)
        {
            person.Aliases.Add(alias);
            _db.People.Add(person);
        }
        else
        {
            _rows.Set(person, nameof(Person.TeamId), _team.Id);
            await _rows.InsertAsync([person], cancellationToken).ConfigureAwait(false);
            _rows.Set(alias, nameof(PersonAlias.PersonId), person.Id);
            await _rows.InsertAsync([alias], cancellationToken).ConfigureAwait(false);
            _byId[person.Id] = person;
        }

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
            person = _rows is null
                ? (await Aliases().SingleOrDefaultAsync(a => a.Key == key, cancellationToken).ConfigureAwait(false))?.Person
                : (await _rows.ReadAsync<Person>(AliasOwner, [_team.Id, key], cancellationToken).ConfigureAwait(false)).SingleOrDefault();
            _byAlias[key] = person is null ? null : Known(person);
        }

        return person;
    }

    /// <summary>The person a team's alias key belongs to, for <see cref="BulkRows.ReadAsync"/>.</summary>
    private const string AliasOwner = """FROM "People" t JOIN "Aliases" a ON a."PersonId" = t."Id" WHERE a."TeamId" = @p0 AND a."Key" = @p1""";

    private Person Known(Person person) => _byId.TryAdd(person.Id, person) ? person : _byId[person.Id];

    private IQueryable<PersonAlias> Aliases()
    {
        var aliases = _db.Aliases.Include(a => a.Person).Where(a => a.TeamId == _team.Id);
        return _rows is null ? aliases : aliases.AsNoTracking();
    }
}
