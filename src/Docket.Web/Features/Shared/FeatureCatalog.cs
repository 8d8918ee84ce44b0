using Docket.Web.Hosting;

namespace Docket.Web.Features.Shared;

/// <summary>Finds every <see cref="IFeature"/> in this assembly, in a stable order.</summary>
internal static class FeatureCatalog
{
    private static readonly IReadOnlyList<IFeature> Features = typeof(IFeature).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFeature).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IFeature)Activator.CreateInstance(t)!)
        .ToList();

    public static void AddServices(IServiceCollection services)
    {
        foreach (var feature in Features)
        {
            feature.AddServices(services);
        }
    }

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireRateLimiting(DocketServer.ApiLimit)
            .DisableAntiforgery()
            .WithGroupName("v1");
        foreach (var feature in Features)
        {
            feature.Map(app, api);
        }
    }
}
