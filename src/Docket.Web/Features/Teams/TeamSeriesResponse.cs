namespace Docket.Web.Features.Teams;

/// <summary>A series as a team lists it, or as <c>POST /api/v1/teams/{team}/series</c> made it.</summary>
public sealed record TeamSeriesResponse(string Slug, string Name, string Access, string? Cadence, string? Template);
