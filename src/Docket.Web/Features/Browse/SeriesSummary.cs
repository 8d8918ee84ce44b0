namespace Docket.Web.Features.Browse;

/// <summary>A series as listed: <paramref name="Meetings"/> counts only the meetings the viewer may know of.</summary>
public sealed record SeriesSummary(string Slug, string Name, string Access, int Meetings, string? Cadence, UpcomingMeeting? Next, string Url);
