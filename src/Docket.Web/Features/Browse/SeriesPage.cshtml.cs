using Docket.Store.Model;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Browse;

/// <summary>A series: upcoming and past meetings, decisions, open action items by owner, and its charts.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Hosting.DocketServer.AnonymousReads)]
public sealed class SeriesPageModel(BrowseQueries browse) : DocketPage
{
    public const int PastPageSize = 20;

    public Team Team { get; private set; } = null!;

    public Series Series { get; private set; } = null!;

    /// <summary>Whether the viewer reads the series' content (an indexed series shows outsiders titles and dates only).</summary>
    public bool Readable { get; private set; }

    public IReadOnlyList<UpcomingMeeting> Upcoming { get; private set; } = [];

    public PageOf<MeetingSummary> Past { get; private set; } = new([], 1, PastPageSize, 0);

    public PageOf<DecisionItem> Decisions { get; private set; } = new([], 1, Paging.MaxSize, 0);

    /// <summary>Open items under each owner (an item of two owners is under both), owners by name, the unowned last.</summary>
    public IReadOnlyList<(string Owner, string? Url, IReadOnlyList<ActionSummary> Items)> OpenByOwner { get; private set; } = [];

    public IReadOnlyList<ChartPoint> Chart { get; private set; } = [];

    public string ActionsSvg { get; private set; } = "";

    public string AttendanceSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string team, string series, int? page, CancellationToken cancellationToken)
    {
        if (await browse.FindTeamAsync(team, Viewer, cancellationToken) is not { } foundTeam
            || await browse.FindSeriesAsync(foundTeam, series, Viewer, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Team = foundTeam;
        Series = found;
        Readable = browse.CanRead(Viewer, found);
        Upcoming = browse.Upcoming(found, Readable);
        Past = await browse.MeetingsAsync(found, Viewer, Paging.From(page, PastPageSize), cancellationToken);
        Decisions = await browse.DecisionsAsync(foundTeam, Viewer, found.Id, null, null, Paging.From(1, Paging.MaxSize), cancellationToken);
        var open = await browse.ActionsAsync(foundTeam, Viewer, ActionStatus.Open, null, found.Id, Paging.From(1, Paging.MaxSize), cancellationToken);
        OpenByOwner = open.Items
            .SelectMany(a => a.Owners.Count == 0 ? [(Owner: (PersonRef?)null, Action: a)] : a.Owners.Select(o => (Owner: (PersonRef?)o, Action: a)))
            .GroupBy(x => x.Owner?.Id)
            .OrderBy(g => g.Key is null).ThenBy(g => g.First().Owner?.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.First().Owner?.Name ?? "No owner", g.First().Owner?.Url, (IReadOnlyList<ActionSummary>)[.. g.Select(x => x.Action)]))
            .ToList();
        Chart = await browse.ChartAsync(found, Viewer, cancellationToken);
        ActionsSvg = SvgCharts.OpenClosed(Chart, "chart-actions");
        AttendanceSvg = SvgCharts.Attendance(Chart, "chart-attendance");
        return Page();
    }
}
