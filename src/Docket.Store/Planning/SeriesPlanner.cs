using System.Globalization;
using System.Text.RegularExpressions;
using Docket.Meetings.Scheduling;
using Docket.Meetings.Templates;
using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Store.Teams;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Planning;

/// <summary>
/// Creates and changes series plans (<c>docket series add|edit|show|list|skip|move</c>). Every
/// setting is checked before anything is written: a bad cadence, zone or template stores nothing.
/// </summary>
public sealed partial class SeriesPlanner(StoreProvider provider, IClock clock)
{
    /// <summary>How many meetings <c>series show</c> lists ahead.</summary>
    public const int UpcomingCount = 5;

    public async Task<QueryResult<SeriesView>> AddAsync(string name, SeriesSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(name))
        {
            return QueryResult.Bad<SeriesView>("a series needs a name");
        }

        if (settings.Cadence is null)
        {
            return QueryResult.Bad<SeriesView>("a series needs a cadence: --cadence \"weekly on Thursday 11:00 America/Los_Angeles\"");
        }

        await using var db = provider.CreateContext();
        var team = settings.Team is null
            ? await DefaultTeam.GetAsync(db, cancellationToken).ConfigureAwait(false)
            : await db.Teams.SingleOrDefaultAsync(t => t.Slug == settings.Team, cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return QueryResult.Bad<SeriesView>($"there is no team '{settings.Team}'");
        }

        var slug = Slugs.From(name);
        if (await db.Series.AnyAsync(s => s.Slug == slug && (settings.Team == null || s.TeamId == team.Id), cancellationToken).ConfigureAwait(false))
        {
            return QueryResult.Bad<SeriesView>($"series '{slug}' already exists: change it with `docket series edit {slug}`");
        }

        var series = new Series(team, slug, name.Trim());
        var problem = Apply(series, settings);
        if (problem is not null)
        {
            return QueryResult.Bad<SeriesView>(problem);
        }

        db.Series.Add(series);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return QueryResult.Ok(await ViewAsync(db, series, cancellationToken).ConfigureAwait(false));
    }

    public async Task<QueryResult<SeriesView>> EditAsync(string typed, SeriesSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = provider.CreateContext();
        var found = await PlanningSeries.ResolveAsync(db, typed, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return new QueryResult<SeriesView>(null, found.Problem, found.Message);
        }

        var series = found.Value!;
        var problem = Apply(series, settings);
        if (problem is not null)
        {
            return QueryResult.Bad<SeriesView>(problem);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return QueryResult.Ok(await ViewAsync(db, series, cancellationToken).ConfigureAwait(false));
    }

    public async Task<QueryResult<SeriesView>> ShowAsync(string typed, CancellationToken cancellationToken = default)
    {
        await using var db = provider.CreateContext();
        var found = await PlanningSeries.ResolveAsync(db, typed, cancellationToken).ConfigureAwait(false);
        return found.Succeeded
            ? QueryResult.Ok(await ViewAsync(db, found.Value!, cancellationToken).ConfigureAwait(false))
            : new QueryResult<SeriesView>(null, found.Problem, found.Message);
    }

    public async Task<IReadOnlyList<SeriesView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = provider.CreateContext();
        var all = await db.Series.Include(s => s.Plan).ThenInclude(p => p!.Members)
            .Include(s => s.Plan).ThenInclude(p => p!.Roles)
            .Include(s => s.Plan).ThenInclude(p => p!.Changes)
            .AsSplitQuery().OrderBy(s => s.Slug).ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = new List<SeriesView>(all.Count);
        foreach (var series in all)
        {
            views.Add(await ViewAsync(db, series, cancellationToken, upcoming: 1).ConfigureAwait(false));
        }

        return views;
    }

    /// <summary>Skips one meeting (<c>docket series skip athens 2019-07-04 --reason "US holiday"</c>).</summary>
    public Task<QueryResult<SeriesView>> SkipAsync(string typed, LocalDate date, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(typed, OccurrenceException.Skip(date, reason), cancellationToken);

    /// <summary>Moves one meeting to another day or time.</summary>
    public Task<QueryResult<SeriesView>> MoveAsync(string typed, LocalDate date, LocalDate newDate, LocalTime? newTime, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(typed, OccurrenceException.Move(date, newDate, newTime, reason), cancellationToken);

    private async Task<QueryResult<SeriesView>> ChangeAsync(string typed, OccurrenceException change, CancellationToken cancellationToken)
    {
        await using var db = provider.CreateContext();
        var found = await PlanningSeries.ResolveAsync(db, typed, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return new QueryResult<SeriesView>(null, found.Problem, found.Message);
        }

        var series = found.Value!;
        if (series.Plan is null)
        {
            return QueryResult.Bad<SeriesView>(PlanningSeries.NoPlan(series));
        }

        var (cadence, _) = PlanningSeries.Schedule(series.Plan);
        if (cadence.Check(change) is { } problem)
        {
            return QueryResult.Bad<SeriesView>(problem);
        }

        var existing = series.Plan.Changes.FirstOrDefault(c => c.Date == change.Date);
        if (existing is null)
        {
            series.Plan.Changes.Add(new OccurrenceChange(change.Date, change.ToString()));
        }
        else
        {
            existing.Replace(change.ToString());
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return QueryResult.Ok(await ViewAsync(db, series, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Checks every setting, then applies them all; returns the first problem and changes nothing when there is one.</summary>
    private static string? Apply(Series series, SeriesSettings settings)
    {
        var plan = series.Plan;
        string? cadenceText = null;
        if (settings.Cadence is not null || settings.DurationMinutes is not null)
        {
            if (settings.DurationMinutes is { } minutes && minutes is < 1 or > 24 * 60)
            {
                return $"--duration must be between 1 and 1440 minutes, not {minutes.ToString(CultureInfo.InvariantCulture)}";
            }

            var words = settings.Cadence ?? plan?.Cadence;
            if (words is null)
            {
                return PlanningSeries.NoPlan(series);
            }

            var defaults = settings.DurationMinutes is { } length ? new CadenceDefaults { Length = Duration.FromMinutes(length) } : null;
            if (!Cadence.TryParse(words, defaults, out var cadence, out var error))
            {
                return $"cannot use cadence '{words}': {error}";
            }

            cadenceText = cadence.ToString();
            if (settings.DurationMinutes is { } asked && (long)cadence.Length.TotalMinutes != asked)
            {
                // The words named their own length (or are the stored canonical words): --duration wins.
                cadenceText = LengthWords().Replace(cadenceText, $" for {asked.ToString(CultureInfo.InvariantCulture)} minutes", 1);
            }
        }
        else if (plan is null)
        {
            return PlanningSeries.NoPlan(series);
        }

        string? templateName = null;
        if (settings.TemplateSource is { } source)
        {
            templateName = string.IsNullOrWhiteSpace(settings.Template) ? "custom" : settings.Template.Trim();
            if (!AgendaTemplate.TryLoad(templateName, source, out _, out var errors))
            {
                return $"template {templateName}: " + string.Join("; ", errors.Select(e => e.ToString()));
            }
        }
        else if (settings.Template is { } name)
        {
            templateName = name.Trim().ToLowerInvariant();
            if (!AgendaTemplate.BuiltInNames.Contains(templateName))
            {
                return $"there is no built-in template '{name}': use one of {string.Join(", ", AgendaTemplate.BuiltInNames)}, or the path of a Markdown template";
            }
        }

        var members = new List<(string Name, string Zone)>();
        foreach (var member in settings.Members)
        {
            var zone = FindZone(member.Zone);
            if (zone is null)
            {
                return $"unknown time zone '{member.Zone}' for {member.Name}: use an IANA name such as Europe/Berlin or America/Los_Angeles";
            }

            members.Add((member.Name.Trim(), zone));
        }

        var known = (plan?.Members.Select(m => m.Name) ?? []).Concat(members.Select(m => m.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in settings.RemoveMembers.Concat(settings.Away).Concat(settings.Back))
        {
            if (!known.Contains(name.Trim()))
            {
                return $"'{name}' is not a member of series '{series.Slug}'";
            }
        }

        var roles = settings.Roles?.Select(r => r.Trim().ToLowerInvariant()).Where(r => r.Length > 0).ToList();
        if (roles is not null && roles.Distinct(StringComparer.Ordinal).Count() != roles.Count)
        {
            return "a role is named twice";
        }

        if (settings.Name is not null && string.IsNullOrWhiteSpace(settings.Name))
        {
            return "a series needs a name";
        }

        // Everything checked: now change.
        if (plan is null)
        {
            plan = new SeriesPlan(series, cadenceText!, templateName ?? "issue");
            series.Plan = plan;
        }
        else if (cadenceText is not null)
        {
            plan.ChangeCadence(cadenceText);
        }

        if (templateName is not null)
        {
            plan.ChangeTemplate(templateName, settings.TemplateSource);
        }

        foreach (var (name, zone) in members)
        {
            var existing = plan.Members.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                plan.Members.Add(new SeriesMember(name, zone, plan.Members.Count == 0 ? 0 : plan.Members.Max(m => m.Position) + 1));
            }
            else
            {
                existing.MoveTo(zone);
            }
        }

        plan.Members.RemoveAll(m => settings.RemoveMembers.Contains(m.Name, StringComparer.OrdinalIgnoreCase));
        foreach (var member in plan.Members)
        {
            if (settings.Away.Contains(member.Name, StringComparer.OrdinalIgnoreCase))
            {
                member.SetAway(true);
            }
            else if (settings.Back.Contains(member.Name, StringComparer.OrdinalIgnoreCase))
            {
                member.SetAway(false);
            }
        }

        if (roles is not null)
        {
            plan.Roles.Clear();
            plan.Roles.AddRange(roles.Select((r, i) => new SeriesRole(r, i)));
        }

        if (settings.Location is not null)
        {
            plan.ChangeLocation(settings.Location);
        }

        if (settings.RotationOffset is { } offset)
        {
            plan.ChangeRotationOffset(offset);
        }

        if (settings.Access is { } access)
        {
            series.ChangeAccess(access);
        }

        if (settings.Name is { } newName)
        {
            series.Rename(newName);
        }

        return null;
    }

    /// <summary>The tz database's spelling of a zone typed in any case, or <c>null</c> when it has none.</summary>
    internal static string? FindZone(string typed)
    {
        var trimmed = typed.Trim();
        return DateTimeZoneProviders.Tzdb.Ids.FirstOrDefault(id => string.Equals(id, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<SeriesView> ViewAsync(DocketDbContext db, Series series, CancellationToken cancellationToken, int upcoming = UpcomingCount)
    {
        var meetings = await db.Meetings.CountAsync(m => m.SeriesId == series.Id, cancellationToken).ConfigureAwait(false);
        var plan = series.Plan;
        if (plan is null)
        {
            return new SeriesView(series.Slug, series.Name, series.Access, meetings, null, null, null, null, [], [], [], []);
        }

        var (cadence, changes) = PlanningSeries.Schedule(plan);
        var now = clock.GetCurrentInstant();
        var today = now.InZone(cadence.Zone).Date;
        var next = cadence.Timeline(today, today.PlusYears(2), changes).Where(o => o.EndInstant > now).Take(upcoming).ToList();
        return new SeriesView(
            series.Slug,
            series.Name,
            series.Access,
            meetings,
            plan.Cadence,
            cadence.ToRRule(),
            plan.Template + (plan.TemplateSource is null ? "" : " (custom)"),
            plan.Location,
            [.. plan.Roles.OrderBy(r => r.Position).Select(r => r.Name)],
            [.. plan.Members.OrderBy(m => m.Position).Select(m => new SeriesMemberView(m.Name, m.Zone, m.Away))],
            [.. changes.Select(c => c.ToString())],
            next);
    }

    [GeneratedRegex(@" for \d+ minutes")]
    private static partial Regex LengthWords();
}
