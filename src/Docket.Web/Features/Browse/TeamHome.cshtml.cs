using Docket.Store.Model;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Browse;

/// <summary>A team's home: the next meetings of its series, the viewer's open action items, recent decisions.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Hosting.DocketServer.AnonymousReads)]
public sealed class TeamHomeModel(BrowseQueries browse) : DocketPage
{
    public const int NextPerSeries = 2;

    public const int RecentDecisionCount = 10;

    public Team Team { get; private set; } = null!;

    public IReadOnlyList<SeriesCard> Series { get; private set; } = [];

    /// <summary>Null when the viewer is nobody the notes know.</summary>
    public PageOf<ActionSummary>? MyActions { get; private set; }

    public int? MyPersonId { get; private set; }

    public PageOf<DecisionItem> Decisions { get; private set; } = new([], 1, RecentDecisionCount, 0);

    public async Task<IActionResult> OnGetAsync(string team, CancellationToken cancellationToken)
    {
        if (await browse.FindTeamAsync(team, Viewer, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Team = found;
        var counts = await browse.CountMeetingsAsync(found, Viewer, cancellationToken);
        Series = (await browse.ListSeriesAsync(found, Viewer, cancellationToken))
            .Select(s =>
            {
                var readable = browse.CanRead(Viewer, s);
                return new SeriesCard(s.Name, s.Access, BrowseQueries.SeriesUrl(found, s), readable, counts.GetValueOrDefault(s.Id), s.Plan?.Cadence, browse.Upcoming(s, readable, NextPerSeries));
            })
            .ToList();
        MyPersonId = await browse.MyPersonIdAsync(found, Viewer, cancellationToken);
        if (MyPersonId is { } me)
        {
            MyActions = await browse.ActionsAsync(found, Viewer, ActionStatus.Open, me, null, Paging.From(1, Paging.MaxSize), cancellationToken);
        }

        Decisions = await browse.DecisionsAsync(found, Viewer, null, null, null, Paging.From(1, RecentDecisionCount), cancellationToken);
        return Page();
    }

    public sealed record SeriesCard(string Name, AccessLevel Access, string Url, bool Readable, int Meetings, string? Cadence, IReadOnlyList<UpcomingMeeting> Next);
}
