using NodaTime;

namespace Docket.Meetings.Scheduling;

/// <summary>One BYDAY entry: a weekday, with an ordinal within the month or year (<c>2WE</c>, <c>-1FR</c>) or 0 for every one.</summary>
internal readonly record struct RecurrenceDay(IsoDayOfWeek Day, int Ordinal)
{
    public override string ToString() =>
        (Ordinal == 0 ? "" : Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)) + RecurrenceSpec.DayCode(Day);
}
