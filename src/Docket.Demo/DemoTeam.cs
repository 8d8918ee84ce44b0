using System.Text;
using Docket.Demo.Scripts;
using Docket.Demo.Story;
using Docket.Meetings.Scheduling;
using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.Planning;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Demo;

/// <summary>
/// Fills a store with a demo team (<c>docket serve --demo</c>): four series of notes written for
/// the demo, dated so that the last meeting of each was the week before "now" and the next is
/// still to come. The notes go through the same import as anyone's, so what the demo shows is
/// what Docket reads. A failure is a bug in the demo, so every step throws.
/// </summary>
public static class DemoTeam
{
    public const string Slug = "demo";

    /// <summary>
    /// Creates the team, its series with their plans, and imports their notes. The store must be
    /// prepared (migrated) and have no team <see cref="Slug"/> yet: seeding twice throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">The team exists already, or a step of the seeding failed.</exception>
    public static async Task<DemoSummary> SeedAsync(StoreProvider store, IClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        await using (var db = store.CreateContext())
        {
            if (await db.Teams.AnyAsync(t => t.Slug == Slug, ct).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"The store ({store.Description}) already has a team '{Slug}': the demo team is seeded once, into a fresh store.");
            }

            db.Teams.Add(new Team(Slug, DemoCatalog.TeamName));
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        var now = clock.GetCurrentInstant();
        var planner = new SeriesPlanner(store, clock);
        var importer = new NotesImporter(store, clock);
        var dates = new Dictionary<DemoSeries, IReadOnlyList<DemoMeeting>>();
        foreach (var series in DemoCatalog.All)
        {
            var added = await planner.AddAsync(series.Name, Settings(series), ct).ConfigureAwait(false);
            if (!added.Succeeded || added.Value!.Slug != series.Slug)
            {
                throw new InvalidOperationException($"Demo series '{series.Name}' could not be planned: {added.Message ?? "it got slug " + added.Value?.Slug}.");
            }

            var meetings = DemoMeeting.Plan(series.Script, PastOccurrences(series, now));
            dates[series] = meetings;
            foreach (var file in series.Write(series, meetings))
            {
                var path = $"demo/{series.Slug}/{file.Name}";
                var imported = await importer.ImportAsync(new ImportRequest(path, Encoding.UTF8.GetBytes(file.Text)) { Team = Slug, Series = series.Slug }, ct).ConfigureAwait(false);
                if (imported.Status != ImportStatus.Added || imported.Series != series.Slug)
                {
                    throw new InvalidOperationException($"Demo notes {path} were not imported into '{series.Slug}' ({imported.Status}): {imported.ErrorText ?? "went to series " + imported.Series}.");
                }
            }
        }

        await using (var db = store.CreateContext())
        {
            // One maintainers' meeting discussed a security report before the fix was out: its notes stay private.
            var secret = dates[DemoCatalog.Maintainers][MaintainersScript.PrivateMeeting].When.Date;
            var meeting = await db.Meetings.SingleOrDefaultAsync(
                m => m.Series.Team.Slug == Slug && m.Series.Slug == DemoCatalog.Maintainers.Slug && m.Date == secret, ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Demo meeting of {Shapes.DemoText.Iso.Format(secret)} in '{DemoCatalog.Maintainers.Slug}' was not stored.");
            meeting.ChangeAccess(AccessLevel.Private);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);

            var slugs = DemoCatalog.All.Select(s => s.Slug).ToList();
            var ours = db.Meetings.Where(m => m.Series.Team.Slug == Slug);
            return new DemoSummary(
                Slug,
                slugs,
                await ours.CountAsync(ct).ConfigureAwait(false),
                await db.Decisions.CountAsync(d => d.Meeting.Series.Team.Slug == Slug, ct).ConfigureAwait(false),
                await db.Actions.CountAsync(a => a.Series.Team.Slug == Slug, ct).ConfigureAwait(false),
                await db.Actions.CountAsync(a => a.Series.Team.Slug == Slug && a.Status == ActionStatus.Open, ct).ConfigureAwait(false));
        }
    }

    /// <summary>The series' last <see cref="DemoScript.Length"/> meetings that had ended by <paramref name="now"/>, oldest first.</summary>
    internal static IReadOnlyList<Occurrence> PastOccurrences(DemoSeries series, Instant now)
    {
        var cadence = Cadence.Parse(series.Cadence, new CadenceDefaults { Length = Duration.FromMinutes(series.DurationMinutes) });
        var today = now.InZone(cadence.Zone).Date;
        var past = cadence.Timeline(today.PlusWeeks(-(DemoScript.Length + 2)), today)
            .Where(o => o.Status == OccurrenceStatus.Scheduled && o.EndInstant <= now)
            .TakeLast(DemoScript.Length)
            .ToList();
        return past.Count == DemoScript.Length
            ? past
            : throw new InvalidOperationException($"Demo series '{series.Name}' has {past.Count} meetings before now, not {DemoScript.Length}: check its cadence '{series.Cadence}'.");
    }

    private static SeriesSettings Settings(DemoSeries series) => new()
    {
        Team = Slug,
        Cadence = series.Cadence,
        DurationMinutes = series.DurationMinutes,
        Template = series.Template,
        Roles = series.Roles,
        Members = [.. series.Members.Select(m => new MemberSetting(m.Handle, m.Zone))],
        Access = series.Access,
        Location = series.Location,
    };
}
