using System.Globalization;
using Docket.Store.Access;
using Docket.Store.Model;
using Docket.Store.Planning;
using Docket.Store.Storage;
using Docket.Web.Access;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Docket.Web.Features.Teams;

/// <summary>Teams: their members (<see cref="TeamRoster"/>), and the API to list them and add series.</summary>
internal sealed class TeamsFeature : IFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<TeamRoster>();
        services.TryAddScoped<SeriesPlanner>();
    }

    public void Map(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapGet("/teams", ListAsync)
            .WithName("ListTeams")
            .WithSummary("The teams the viewer may see something of: a listed series, or a role.")
            .Produces<PageOf<TeamResponse>>();
        api.MapGet("/teams/{team}", GetAsync)
            .WithName("GetTeam")
            .WithSummary("One team with the series the viewer may know of; 404 when the viewer may see nothing of it.")
            .Produces<TeamDetailResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/teams/{team}/series", AddSeriesAsync)
            .WithName("AddSeries")
            .WithSummary("Adds a planned series to the team (owners; a token needs write scope).")
            .Accepts<SeriesForm>("application/json")
            .Produces<TeamSeriesResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(ViewerAccessor viewers, DocketDbContext db, int? page, int? size, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var paging = Paging.From(page, size);
        var counts = await SeriesCountsAsync(db, viewer, cancellationToken);
        var ids = counts.Keys.Concat(viewer.ReaderTeams).Distinct().ToList();
        var visible = db.Teams.AsNoTracking().Where(t => ids.Contains(t.Id));
        var total = await visible.CountAsync(cancellationToken);
        var teams = await visible.OrderBy(t => t.Name).ThenBy(t => t.Slug).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        var items = teams.Select(t => new TeamResponse(t.Slug, t.Name, RoleName(viewer, t.Id), counts.GetValueOrDefault(t.Id))).ToList();
        return Results.Ok(new PageOf<TeamResponse>(items, paging.Page, paging.Size, total));
    }

    private static async Task<IResult> GetAsync(string team, ViewerAccessor viewers, DocketDbContext db, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var found = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == team, cancellationToken);
        if (found is null)
        {
            return Problems.NotFound("team");
        }

        var series = await db.Series.AsNoTracking().Listed(viewer)
            .Where(s => s.TeamId == found.Id)
            .OrderBy(s => s.Name)
            .Select(s => new { s.Slug, s.Name, s.Access, Cadence = s.Plan == null ? null : s.Plan.Cadence, Template = s.Plan == null ? null : s.Plan.Template })
            .ToListAsync(cancellationToken);
        if (series.Count == 0 && viewer.RoleIn(found.Id) is null)
        {
            // Same answer as a team that does not exist: a team of private series is not there for outsiders.
            return Problems.NotFound("team");
        }

        return Results.Ok(new TeamDetailResponse(
            found.Slug,
            found.Name,
            RoleName(viewer, found.Id),
            viewer.CanWrite(found.Id),
            viewer.CanManage(found.Id),
            [.. series.Select(s => new TeamSeriesResponse(s.Slug, s.Name, AccessName(s.Access), s.Cadence, s.Template))]));
    }

    private static async Task<IResult> AddSeriesAsync(
        string team, [FromBody] SeriesForm form, ViewerAccessor viewers, DocketDbContext db, SeriesPlanner planner, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (!viewer.IsSignedIn)
        {
            return Problems.CannotWrite(viewer);
        }

        var found = await db.Teams.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == team, cancellationToken);
        if (found is null || !await db.Series.Listed(viewer).AnyAsync(s => s.TeamId == found.Id, cancellationToken) && viewer.RoleIn(found.Id) is null)
        {
            return Problems.NotFound("team");
        }

        if (!viewer.CanManage(found.Id))
        {
            return Problems.CannotWrite(viewer);
        }

        if (string.IsNullOrWhiteSpace(form.Name))
        {
            return Problems.Invalid(new Dictionary<string, string[]> { ["name"] = ["A series needs a name."] });
        }

        if (form.ToSettings(found.Slug) is not { } settings)
        {
            return Problems.Invalid(new Dictionary<string, string[]> { ["access"] = [SeriesForm.BadAccess] });
        }

        var added = await planner.AddAsync(form.Name, settings, cancellationToken);
        if (!added.Succeeded)
        {
            return Problems.Invalid(added.Message!);
        }

        var view = added.Value!;
        return Results.Created(
            $"/api/v1/teams/{found.Slug}/series/{view.Slug}",
            new TeamSeriesResponse(view.Slug, view.Name, AccessName(view.Access), view.Cadence, view.Template));
    }

    private static async Task<Dictionary<int, int>> SeriesCountsAsync(DocketDbContext db, Viewer viewer, CancellationToken cancellationToken) =>
        await db.Series.AsNoTracking().Listed(viewer)
            .GroupBy(s => s.TeamId)
            .Select(g => new { TeamId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TeamId, g => g.Count, cancellationToken);

    private static string? RoleName(Viewer viewer, int teamId) => viewer.RoleIn(teamId)?.ToString().ToLower(CultureInfo.InvariantCulture);

    private static string AccessName(AccessLevel access) => access.ToString().ToLower(CultureInfo.InvariantCulture);
}
