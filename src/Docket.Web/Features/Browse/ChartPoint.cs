namespace Docket.Web.Features.Browse;

/// <summary>One meeting's point on the series charts: action items open and closed by its date, and who came.</summary>
public sealed record ChartPoint(string Label, int Open, int Closed, int Attendees);
