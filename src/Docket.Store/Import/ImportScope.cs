using Docket.Store.Actions;
using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Search;
using Docket.Store.Storage;
using Docket.Store.Teams;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Import;

/// <summary>
/// What the files of an import share: the context, the statements prepared for the transaction
/// writing now (<see cref="Rows"/>), and the teams, series, people and action items already looked
/// up. Keeping those is safe while the transaction holds the store's write lock: nobody else can
/// change them until it commits. They are kept for the import's next transaction too when the
/// store can tell that nobody else wrote in between (<see cref="StoreProvider.ChangeMarkAsync"/>):
/// files of a series are seldom next to each other, and reading its items again in every
/// transaction cost a large import a tenth of its time. A file that is rolled back, or that
/// rewrote stored meetings through the context, may have made or changed some of them, so after it
/// everything is looked up again.
/// </summary>
internal sealed class ImportScope(DocketDbContext db, ISearchIndex search, IClock clock)
{
    private readonly Dictionary<string, Team> _teams = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Team, string Slug), Model.Series> _series = [];
    private readonly Dictionary<int, PersonDirectory> _people = [];
    private readonly Dictionary<int, SeriesActions> _actions = [];
    private BulkRows? _rows;

    // The store's change mark when this import last committed; null when it cannot be trusted.
    private long? _committed;

    public DocketDbContext Db => db;

    /// <summary>The statements of the transaction writing now.</summary>
    public BulkRows Rows => _rows ?? throw new InvalidOperationException("The import has no transaction open.");

    public ISearchIndex Search => search;

    public IClock Clock => clock;

    /// <summary>
    /// Starts a transaction's files: what was looked up before is kept only if nobody else has
    /// committed since this import last did. Called once the transaction holds the write lock.
    /// </summary>
    public async Task BeginAsync(StoreProvider provider, BulkRows rows, CancellationToken cancellationToken)
    {
        if (_committed is null || await provider.ChangeMarkAsync(db, cancellationToken).ConfigureAwait(false) != _committed)
        {
            Forget();
        }

        _committed = null;
        _rows = rows;
        foreach (var people in _people.Values)
        {
            people.WriteWith(rows);
        }
    }

    /// <summary>Ends a transaction's files: committed, what was looked up stays true until someone else writes.</summary>
    public async Task EndAsync(StoreProvider provider, bool committed)
    {
        _rows = null;
        if (!committed)
        {
            Forget();
            return;
        }

        _committed = await provider.ChangeMarkAsync(db, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// Whether the store holds a file at this path. One prepared statement for the whole batch: most
    /// files of a large import are new, and for them this is the only question asked.
    /// </summary>
    public async Task<bool> HoldsFileAsync(string path, CancellationToken cancellationToken)
    {
        var command = Rows.Commands.Get(HoldsFile, c =>
        {
            c.CommandText = """SELECT 1 FROM "SourceFiles" WHERE "Path" = @path""";
            var parameter = c.CreateParameter();
            parameter.ParameterName = "@path";
            parameter.DbType = System.Data.DbType.String;
            parameter.Size = -1;
            c.Parameters.Add(parameter);
        });
        command.Parameters[0].Value = path;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    private static readonly object HoldsFile = new();

    /// <summary>The team named (made when it is the default team and does not exist yet); null for a team that does not exist.</summary>
    public async Task<Team?> TeamAsync(string? slug, CancellationToken cancellationToken)
    {
        if (_teams.TryGetValue(slug ?? "", out var team))
        {
            return team;
        }

        // The default team is made on first use, through the context; the context forgets it after the file.
        team = slug is null
            ? await DefaultTeam.GetAsync(db, cancellationToken).ConfigureAwait(false)
            : await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken).ConfigureAwait(false);
        if (team is not null)
        {
            _teams[slug ?? ""] = team;
        }

        return team;
    }

    /// <summary>The team's series by this name, made when there is none.</summary>
    public async Task<Model.Series> SeriesAsync(Team team, string name, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(name);
        if (_series.TryGetValue((team.Id, slug), out var series))
        {
            return series;
        }

        // Read and made untracked, like everything a new file writes: the context forgets between
        // files, and a cached entity it met again would be taken for a new one.
        series = (await Rows.ReadAsync<Model.Series>("""FROM "Series" t WHERE t."TeamId" = @p0 AND t."Slug" = @p1""", [team.Id, slug], cancellationToken).ConfigureAwait(false)).SingleOrDefault();
        if (series is null)
        {
            series = SeriesLookup.New(team, name);
            Rows.Set(series, nameof(Model.Series.TeamId), team.Id);
            await Rows.InsertAsync([series], cancellationToken).ConfigureAwait(false);
        }

        return _series[(team.Id, slug)] = series;
    }

    /// <summary>The team's people, for files written as new rows: new people are inserted at once.</summary>
    public PersonDirectory People(Team team)
    {
        if (!_people.TryGetValue(team.Id, out var people))
        {
            people = _people[team.Id] = new PersonDirectory(db, team, Rows);
        }

        return people;
    }

    /// <summary>
    /// The series' action items as stored, untracked: read once, then kept current by the files that
    /// add and carry items (<see cref="ActionLinker"/>). Reading its items for every file cost more
    /// than linking them.
    /// </summary>
    public async Task<SeriesActions> ActionsAsync(int seriesId, CancellationToken cancellationToken)
    {
        if (!_actions.TryGetValue(seriesId, out var actions))
        {
            actions = _actions[seriesId] = await SeriesActions.LoadAsync(Rows, seriesId, cancellationToken).ConfigureAwait(false);
        }

        return actions;
    }

    /// <summary>Drops everything looked up: it may no longer be what the store holds.</summary>
    public void Forget()
    {
        _teams.Clear();
        _series.Clear();
        _people.Clear();
        _actions.Clear();
    }
}
