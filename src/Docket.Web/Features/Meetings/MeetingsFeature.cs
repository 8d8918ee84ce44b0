using Docket.Store.Actions;
using Docket.Store.Import;
using Docket.Store.Planning;
using Docket.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Docket.Web.Features.Meetings;

/// <summary>Meetings, their notes (read, and written on the web), action items and the next meeting.</summary>
internal sealed class MeetingsFeature : IFeature
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<MeetingReader>();
        services.AddScoped<WebNotes>();
        services.TryAddScoped<NotesImporter>();
        services.TryAddScoped<NextMeetingPlanner>();
        services.TryAddScoped<TopicProposals>();
        services.TryAddScoped<ActionList>();
    }

    public void Map(IEndpointRouteBuilder app, RouteGroupBuilder api)
    {
        MeetingsApi.Map(api);
        Actions.ActionsApi.Map(api);
    }
}
