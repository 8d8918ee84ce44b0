using Docket.Meetings.Scheduling;

namespace Docket.Meetings.Calendars;

/// <summary>One meeting in the feed: a skipped one is written as cancelled.</summary>
/// <param name="Occurrence">The meeting (from <see cref="Cadence.Timeline"/>, so skipped ones are there too).</param>
/// <param name="Title">The event's summary.</param>
/// <param name="AgendaUrl">Where the agenda is; only absolute http(s) links are written.</param>
/// <param name="Description">More text, e.g. the agenda's topics.</param>
public sealed record CalendarEntry(Occurrence Occurrence, string Title, Uri? AgendaUrl = null, string? Description = null);
