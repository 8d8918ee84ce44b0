using Docket.Store.Model;
using Docket.Web.Access;
using Docket.Web.Features.Shared;
using NodaTime;
using NodaTime.Text;

namespace Docket.Web.Features.Browse;

/// <summary>
/// Browsing a team: its series, meetings, decisions, action items and people (pages: team home,
/// series, person; and their API). A team, series or person the viewer may not see is a 404 like a
/// missing one.
/// </summary>
internal sealed class BrowseFeature : IFeature
{
    public void AddServices(IServiceCollection services) => services.AddScoped<BrowseQueries>();

    public void Map(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        var teams = api.MapGroup("/teams/{team}").WithTags("Browse");

        teams.MapGet("/series", ListSeriesAsync)
            .WithName("ListSeries").WithSummary("The team's series the viewer may know of, with each one's next meeting.")
            .Produces<PageOf<SeriesSummary>>().ProducesProblem(StatusCodes.Status404NotFound);
        teams.MapGet("/series/{series}", GetSeriesAsync)
            .WithName("GetSeries").WithSummary("One series with its next meetings, in its zone and in each member's.")
            .Produces<SeriesDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        teams.MapGet("/series/{series}/meetings", ListMeetingsAsync)
            .WithName("ListSeriesMeetings").WithSummary("The series' meetings, newest first; indexed ones to outsiders by title and date only.")
            .Produces<PageOf<MeetingSummary>>().ProducesProblem(StatusCodes.Status404NotFound);
        teams.MapGet("/decisions", ListDecisionsAsync)
            .WithName("ListDecisions").WithSummary("Decisions of the meetings the viewer may read, newest first (?series=&since=&until=).")
            .Produces<PageOf<DecisionItem>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        teams.MapGet("/actions", ListActionsAsync)
            .WithName("ListActions").WithSummary("Action items the viewer may read, oldest first (?status=open|done|dropped&owner=&series=).")
            .Produces<PageOf<ActionSummary>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        teams.MapGet("/people", ListPeopleAsync)
            .WithName("ListPeople").WithSummary("People of the team met in meetings the viewer may read.")
            .Produces<PageOf<PersonRef>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/people/{id:int}", GetPersonAsync).WithTags("Browse")
            .WithName("GetPerson").WithSummary("A person's open and done action items and standup updates, from what the viewer may read.")
            .Produces<PersonDetail>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListSeriesAsync(string team, int? page, int? size, ViewerAccessor viewers, BrowseQueries browse, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (await browse.FindTeamAsync(team, viewer, cancellationToken) is not { } found)
        {
            return Problems.NotFound("team");
        }

        var paging = Paging.From(page, size);
        var all = await browse.ListSeriesAsync(found, viewer, cancellationToken);
        var counts = await browse.CountMeetingsAsync(found, viewer, cancellationToken);
        var items = all.Skip(paging.Skip).Take(paging.Size)
            .Select(s => new SeriesSummary(
                s.Slug,
                s.Name,
                Lower(s.Access),
                counts.GetValueOrDefault(s.Id),
                s.Plan?.Cadence,
                browse.Upcoming(s, withMembers: false, count: 1).FirstOrDefault(),
                BrowseQueries.SeriesUrl(found, s)))
            .ToList();
        return Results.Ok(new PageOf<SeriesSummary>(items, paging.Page, paging.Size, all.Count));
    }

    private static async Task<IResult> GetSeriesAsync(string team, string series, ViewerAccessor viewers, BrowseQueries browse, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (await browse.FindTeamAsync(team, viewer, cancellationToken) is not { } found
            || await browse.FindSeriesAsync(found, series, viewer, cancellationToken) is not { } one)
        {
            return Problems.NotFound("series");
        }

        var readable = browse.CanRead(viewer, one);
        var counts = await browse.CountMeetingsAsync(found, viewer, cancellationToken);
        return Results.Ok(new SeriesDetail(
            one.Slug,
            one.Name,
            Lower(one.Access),
            counts.GetValueOrDefault(one.Id),
            readable,
            one.Plan?.Cadence,
            readable ? one.Plan?.Location : null,
            browse.Upcoming(one, withMembers: readable),
            BrowseQueries.SeriesUrl(found, one)));
    }

    private static async Task<IResult> ListMeetingsAsync(string team, string series, int? page, int? size, ViewerAccessor viewers, BrowseQueries browse, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (await browse.FindTeamAsync(team, viewer, cancellationToken) is not { } found
            || await browse.FindSeriesAsync(found, series, viewer, cancellationToken) is not { } one)
        {
            return Problems.NotFound("series");
        }

        return Results.Ok(await browse.MeetingsAsync(one, viewer, Paging.From(page, size), cancellationToken));
    }

    private static async Task<IResult> ListDecisionsAsync(string team, string? series, string? since, string? until, int? page, int? size, ViewerAccessor viewers, BrowseQueries browse, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (await browse.FindTeamAsync(team, viewer, cancellationToken) is not { } found)
        {
            return Problems.NotFound("team");
        }

        var errors = new Dictionary<string, string[]>();
        var from = ParseDate(since, nameof(since), errors);
        var to = ParseDate(until, nameof(until), errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        int? seriesId = null;
        if (!string.IsNullOrWhiteSpace(series))
        {
            if (await browse.FindSeriesAsync(found, series, viewer, cancellationToken) is not { } one)
            {
                return Problems.NotFound("series");
            }

            seriesId = one.Id;
        }

        return Results.Ok(await browse.DecisionsAsync(found, viewer, seriesId, from, to, Paging.From(page, size), cancellationToken));
    }

    private static async Task<IResult> ListActionsAsync(string team, string? status, string? owner, string? series, int? page, int? size, ViewerAccessor viewers, BrowseQueries browse, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (await browse.FindTeamAsync(team, viewer, cancellationToken) is not { } found)
        {
            return Problems.NotFound("team");
        }

        ActionStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<ActionStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                return Problems.Invalid(new Dictionary<string, string[]> { ["status"] = ["Use open, done or dropped."] });
            }

            wanted = parsed;
        }

        int? seriesId = null;
        if (!string.IsNullOrWhiteSpace(series))
        {
            if (await browse.FindSeriesAsync(found, series, viewer, cancellationToken) is not { } one)
            {
                return Problems.NotFound("series");
            }

            seriesId = one.Id;
        }

        int? ownerId = null;
        if (!string.IsNullOrWhiteSpace(owner))
        {
            // An owner is a person's id or one of their names; an unknown one matches nothing.
            ownerId = int.TryParse(owner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                ? id
                : await browse.PersonIdByNameAsync(found, owner, cancellationToken) ?? -1;
        }

        return Results.Ok(await browse.ActionsAsync(found, viewer, wanted, ownerId, seriesId, Paging.From(page, size), cancellationToken));
    }

    private static async Task<IResult> ListPeopleAsync(string team, int? page, int? size, ViewerAccessor viewers, BrowseQueries browse, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (await browse.FindTeamAsync(team, viewer, cancellationToken) is not { } found)
        {
            return Problems.NotFound("team");
        }

        return Results.Ok(await browse.PeopleAsync(found, viewer, Paging.From(page, size), cancellationToken));
    }

    private static async Task<IResult> GetPersonAsync(int id, ViewerAccessor viewers, BrowseQueries browse, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (await browse.FindPersonAsync(id, viewer, cancellationToken) is not { } found)
        {
            return Problems.NotFound("person");
        }

        return Results.Ok(await browse.PersonAsync(found.Person, found.Team, viewer, cancellationToken));
    }

    private static LocalDate? ParseDate(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors[name] = ["Use a date as yyyy-MM-dd."];
        return null;
    }

    private static string Lower(AccessLevel access) => access.ToString().ToLowerInvariant();
}
