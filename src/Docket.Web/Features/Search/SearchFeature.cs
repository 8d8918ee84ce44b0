using System.Globalization;
using Docket.Store.Search;
using Docket.Web.Access;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Search;

/// <summary>Search: the page at <c>/search</c> (Razor) and <c>GET /api/v1/search</c>.</summary>
internal sealed class SearchFeature : IFeature
{
    public const int DefaultApiLimit = 20;

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<SearchService>();
        services.AddScoped<ScopedSearch>();
    }

    public void Map(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Searches the meetings the caller may read, with Docket's query syntax (kind:, who:, series:, since:, until:, quotes, OR, -).")
            .Produces<SearchApiResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> SearchAsync(
        [FromQuery] string? q,
        [FromQuery] string? series,
        [FromQuery] string? who,
        [FromQuery] string? kind,
        [FromQuery] string? since,
        [FromQuery] string? until,
        [FromQuery] int? limit,
        ViewerAccessor viewers,
        ScopedSearch search,
        CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken).ConfigureAwait(false);
        var filters = new SearchFilters(q, series, who, kind, since, until);
        if (filters.IsEmpty)
        {
            return Problems.Invalid("Give a query in q, or at least one filter (series, who, kind, since, until).");
        }

        var found = await search.SearchAsync(viewer, filters, 0, Math.Clamp(limit ?? DefaultApiLimit, 1, SearchService.MaxLimit), cancellationToken).ConfigureAwait(false);
        if (found.Error is { } error)
        {
            return Problems.Invalid(error);
        }

        var hits = found.Items.Select(i => new SearchApiHit(
            i.MeetingId,
            i.Team,
            i.Series,
            i.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            i.Kind.ToString().ToLowerInvariant(),
            i.File,
            i.Line,
            i.Text)).ToList();
        return Results.Ok(new SearchApiResponse(found.Total, found.TotalIsCapped, hits));
    }
}
