namespace Docket.Web.Features.Browse;

/// <summary>One standup update of a person: last week (done), this week (planned), blocked.</summary>
public sealed record StandupItem(int MeetingId, string Series, string? Date, IReadOnlyList<string> LastWeek, IReadOnlyList<string> ThisWeek, IReadOnlyList<string> Blocked);
