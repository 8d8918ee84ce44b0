namespace Docket.Web.Features.Shared;

/// <summary>
/// One feature folder's wiring: its services and its API routes (its pages are found by Razor).
/// Features are discovered by <see cref="FeatureCatalog"/>, so adding one touches no shared file.
/// </summary>
internal interface IFeature
{
    void AddServices(IServiceCollection services);

    /// <summary>Maps the feature's endpoints; <paramref name="api"/> is <c>/api/v1</c> with its rate limit.</summary>
    void Map(IEndpointRouteBuilder app, RouteGroupBuilder api);
}
