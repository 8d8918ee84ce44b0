using System.Text;
using Docket.Meetings.Scheduling;
using Ical.Net.CalendarComponents;
using Ical.Net.Serialization;
using NodaTime;
using NodaTime.Text;
using CalDateTime = Ical.Net.DataTypes.CalDateTime;
using IcalCalendar = Ical.Net.Calendar;

namespace Docket.Meetings.Calendars;

/// <summary>
/// A series' meetings as an RFC 5545 feed, written by Ical.Net's serializer: one VEVENT per meeting
/// (so a moved or cancelled one needs no RECURRENCE-ID gymnastics in clients), times in the series'
/// zone with its VTIMEZONE, a UID stable per series and rule date, skipped meetings as cancelled.
/// </summary>
public static class SeriesCalendar
{
    private static readonly LocalDatePattern RuleDate = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    /// <summary>The feed's text. <paramref name="stamp"/> is the DTSTAMP of every event (pass the clock's now; tests pass a fixed instant).</summary>
    public static string Write(CalendarSeries series, IEnumerable<CalendarEntry> entries, Instant stamp)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var calendar = new IcalCalendar { ProductId = "-//Docket//Meetings//EN" };
        calendar.AddProperty("X-WR-CALNAME", CalendarText.Clean(series.Name, singleLine: true));
        var utc = series.Zone.Id is "UTC" or "Etc/UTC";
        if (!utc)
        {
            calendar.AddProperty("X-WR-TIMEZONE", series.Zone.Id);
            var earliest = list.Count == 0 ? stamp.InUtc().LocalDateTime : list.Min(e => e.Occurrence.Start.LocalDateTime);
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(series.Zone.Id, earliest.ToDateTimeUnspecified(), includeHistoricalData: false));
        }

        var dtStamp = new CalDateTime(stamp.ToDateTimeUtc(), CalDateTime.UtcTzId, true);
        var uidSuffix = Uid(series.Id);
        foreach (var entry in list)
        {
            var occurrence = entry.Occurrence;
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{RuleDate.Format(occurrence.RuleDate)}-{uidSuffix}@docket",
                DtStamp = dtStamp,
                DtStart = Time(occurrence.Start, series.Zone, utc),
                DtEnd = Time(occurrence.End, series.Zone, utc),
                Summary = CalendarText.Clean(entry.Title, singleLine: true),
                Status = occurrence.Status == OccurrenceStatus.Skipped ? "CANCELLED" : "CONFIRMED",
                // A moved or cancelled meeting changes the event a client already has.
                Sequence = occurrence.Status == OccurrenceStatus.Scheduled ? 0 : 1,
            };

            var description = Description(entry);
            if (description.Length > 0)
            {
                calendarEvent.Description = description;
            }

            if (CalendarText.Clean(series.Location, singleLine: true) is { Length: > 0 } location)
            {
                calendarEvent.Location = location;
            }

            if (entry.AgendaUrl is { IsAbsoluteUri: true, Scheme: "http" or "https" } url)
            {
                calendarEvent.Url = url;
            }

            calendar.Events.Add(calendarEvent);
        }

        return CalendarText.Refold(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static CalDateTime Time(ZonedDateTime time, DateTimeZone zone, bool utc)
    {
        if (utc)
        {
            return new CalDateTime(time.ToInstant().ToDateTimeUtc(), CalDateTime.UtcTzId, true);
        }

        var local = time.WithZone(zone).LocalDateTime;
        return new CalDateTime(local.Date.ToDateOnly(), local.TimeOfDay.ToTimeOnly(), zone.Id);
    }

    private static string Description(CalendarEntry entry)
    {
        var text = new StringBuilder(CalendarText.Clean(entry.Description, singleLine: false));
        if (entry.Occurrence.Reason is { } reason && entry.Occurrence.Status != OccurrenceStatus.Scheduled)
        {
            text.Insert(0, (entry.Occurrence.Status == OccurrenceStatus.Skipped ? "Cancelled: " : "Moved: ") + CalendarText.Clean(reason, singleLine: true) + (text.Length > 0 ? "\n\n" : ""));
        }

        if (entry.AgendaUrl is { IsAbsoluteUri: true, Scheme: "http" or "https" } url)
        {
            text.Append(text.Length > 0 ? "\n\n" : "").Append("Agenda: ").Append(url.AbsoluteUri);
        }

        return text.ToString();
    }

    private static string Uid(string id)
    {
        var text = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
        }

        return text.Length == 0 ? "series" : text.ToString();
    }
}
