namespace Docket.Web.Features.Teams;

/// <summary>A team in <c>GET /api/v1/teams</c>: the viewer's role (null for none) and how many series they may know of.</summary>
public sealed record TeamResponse(string Slug, string Name, string? Role, int SeriesCount);
