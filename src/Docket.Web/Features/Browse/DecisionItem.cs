namespace Docket.Web.Features.Browse;

/// <summary>A decision of a meeting the viewer may read.</summary>
public sealed record DecisionItem(int Id, int MeetingId, string Series, string? Date, string Text, string? Topic, string MeetingUrl);
