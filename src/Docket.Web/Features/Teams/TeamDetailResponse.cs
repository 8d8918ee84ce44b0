namespace Docket.Web.Features.Teams;

/// <summary><c>GET /api/v1/teams/{team}</c>: the team and the series the viewer may know of.</summary>
public sealed record TeamDetailResponse(string Slug, string Name, string? Role, bool CanWrite, bool CanManage, IReadOnlyList<TeamSeriesResponse> Series);
