namespace Docket.Web.Features.Browse;

/// <summary>A meeting as listed; <paramref name="Readable"/> is false for an indexed meeting shown to an outsider (title and date only).</summary>
public sealed record MeetingSummary(int Id, string Series, string? Title, int? Number, string? Date, string? Start, bool Readable, int Attendees, string Url);
