using NodaTime;

namespace Docket.Meetings.Calendars;

/// <summary>The series a feed is for.</summary>
/// <param name="Id">A stable id (the series' slug or key): event UIDs are made from it, so it must not change.</param>
/// <param name="Name">The calendar's name (<c>X-WR-CALNAME</c>).</param>
/// <param name="Zone">The series' zone: times are written in it, with its VTIMEZONE.</param>
/// <param name="Location">Where meetings happen, when the same for all.</param>
public sealed record CalendarSeries(string Id, string Name, DateTimeZone Zone, string? Location = null);
