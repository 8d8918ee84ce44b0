namespace Docket.Web.Features.Browse;

/// <summary>One member's local start of a meeting; <paramref name="DayShift"/> is +1 when it is already the next day for them.</summary>
public sealed record MemberClock(string Person, string Zone, string Start, string End, int DayShift);
