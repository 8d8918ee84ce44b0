using NodaTime;

namespace Docket.Meetings.Scheduling;

/// <summary>One member's view of a meeting: the same instants in the member's own zone.</summary>
/// <param name="Person">The member.</param>
/// <param name="Zone">The member's zone.</param>
/// <param name="Start">The start in that zone.</param>
/// <param name="End">The end in that zone.</param>
/// <param name="DayShift">Days between the member's date and the series' date: <c>+1</c> when it is already tomorrow for them.</param>
public sealed record MemberTime(string Person, DateTimeZone Zone, ZonedDateTime Start, ZonedDateTime End, int DayShift);
