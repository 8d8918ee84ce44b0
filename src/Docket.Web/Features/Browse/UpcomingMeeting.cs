namespace Docket.Web.Features.Browse;

/// <summary>A meeting the series' plan gives: its times in the series' zone (ISO with offset) and in each member's.</summary>
public sealed record UpcomingMeeting(string Date, string Start, string End, string Zone, string Status, string? Reason, IReadOnlyList<MemberClock> Members);
