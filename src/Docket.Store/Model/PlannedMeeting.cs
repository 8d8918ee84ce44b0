using NodaTime;

namespace Docket.Store.Model;

/// <summary>
/// A meeting <c>docket next</c> prepared: its number, time and the agenda as printed, so that asking
/// again before it happens prints the same. Kept apart from <see cref="Meeting"/>, which holds what
/// notes say happened; once notes of the same series and date are imported, <see cref="HeldMeetingId"/>
/// points at them and the planned meeting is history.
/// </summary>
public sealed class PlannedMeeting
{
    private PlannedMeeting()
    {
        Agenda = "";
    }

    public PlannedMeeting(Series series, int number, LocalDate ruleDate, LocalDate date, Instant startsAt, Instant endsAt, Instant plannedAt)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Series = series;
        Number = number;
        RuleDate = ruleDate;
        Date = date;
        StartsAt = startsAt;
        EndsAt = endsAt > startsAt ? endsAt : throw new ArgumentException("A meeting ends after it starts.", nameof(endsAt));
        PlannedAt = plannedAt;
        Agenda = "";
    }

    public int Id { get; private set; }

    public int SeriesId { get; private set; }

    public Series Series { get; private set; } = null!;

    /// <summary>The meeting's number in its series (<c>#002</c>).</summary>
    public int Number { get; private set; }

    /// <summary>The date the cadence gives it (its identity in the calendar feed).</summary>
    public LocalDate RuleDate { get; private set; }

    /// <summary>The local date it happens on, in the series' zone (differs after a move).</summary>
    public LocalDate Date { get; private set; }

    public Instant StartsAt { get; private set; }

    public Instant EndsAt { get; private set; }

    public Instant PlannedAt { get; private set; }

    /// <summary>The agenda as rendered, printed again unchanged until something changes it.</summary>
    public string Agenda { get; private set; }

    /// <summary>The imported meeting that took place on this date, once its notes are in.</summary>
    public int? HeldMeetingId { get; private set; }

    public void Write(string agenda) => Agenda = agenda ?? throw new ArgumentNullException(nameof(agenda));

    public void HeldAs(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        HeldMeetingId = meeting.Id;
    }
}
