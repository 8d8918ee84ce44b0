using System.Globalization;
using Docket.Store.Access;
using Docket.Store.Planning;
using Docket.Store.Storage;
using Docket.Web.Access;
using Docket.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Web.Features.Feeds;

/// <summary>
/// <c>/t/{team}/minutes.atom</c> and <c>/t/{team}/s/{series}/calendar.ics</c>. Feed readers and
/// calendar apps cannot sign in, so both take an API token as <c>?token=dkt_...</c>; without one
/// they show what anyone may see. A series the viewer may not know of is a 404 like a missing one.
/// </summary>
internal sealed class FeedsFeature : IFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<MinutesFeed>();
        services.AddScoped<SeriesFeed>();
    }

    public void Map(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        app.MapGet("/t/{team}/minutes.atom", MinutesAsync)
            .WithName("MinutesFeed")
            .WithSummary("Atom feed of the team's minutes the caller may read (token via ?token=).")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status404NotFound);
        app.MapGet("/t/{team}/s/{series}/calendar.ics", CalendarAsync)
            .WithName("SeriesCalendar")
            .WithSummary("iCalendar feed of a series' meetings (token via ?token=).")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .Produces(StatusCodes.Status401Unauthorized)
            .Produces(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> MinutesAsync(string team, HttpContext context, ViewerAccessor viewers, MinutesFeed feed, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken).ConfigureAwait(false);
        var bytes = await feed.WriteAsync(team, viewer, Site(context.Request), cancellationToken).ConfigureAwait(false);
        return bytes is null ? Results.NotFound() : Results.Bytes(bytes, "application/atom+xml; charset=utf-8");
    }

    private static async Task<IResult> CalendarAsync(string team, string series, HttpContext context, ViewerAccessor viewers, DocketDbContext db, SeriesFeed feed, IClock clock, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken).ConfigureAwait(false);
        var found = await db.Series.AsNoTracking().Listed(viewer)
            .Where(s => s.Team.Slug == team && s.Slug == series)
            .Select(s => new { s.Id, s.TeamId, s.Access })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return Results.NotFound();
        }

        var readable = AccessRules.CanRead(viewer, found.TeamId, found.Access);
        var meetings = await db.Meetings.AsNoTracking().Listed(viewer)
            .Where(m => m.SeriesId == found.Id && m.Date != null)
            .Select(m => new { m.Id, Date = m.Date!.Value })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byDate = meetings.GroupBy(m => m.Date).ToDictionary(g => g.Key, g => g.Min(m => m.Id));
        var site = Site(context.Request);
        var today = clock.GetCurrentInstant().InUtc().Date;
        var seriesPath = $"t/{Uri.EscapeDataString(team)}/s/{Uri.EscapeDataString(series)}";
        Uri Link(LocalDate date) =>
            byDate.TryGetValue(date, out var id) ? new Uri(site, "meetings/" + id.ToString(CultureInfo.InvariantCulture))
            : date >= today ? new Uri(site, seriesPath + "/next")
            : new Uri(site, seriesPath);

        var calendar = await feed.WriteAsync(found.Id, Link, titlesOnly: !readable, cancellationToken).ConfigureAwait(false);
        // A series read only from notes has no cadence, so no calendar.
        return calendar.Succeeded ? Results.Text(calendar.Value!, "text/calendar; charset=utf-8") : Results.NotFound();
    }

    private static Uri Site(HttpRequest request) => new($"{request.Scheme}://{request.Host.Value}/");
}
