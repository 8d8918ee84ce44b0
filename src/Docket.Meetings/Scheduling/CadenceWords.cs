using System.Globalization;
using NodaTime;

namespace Docket.Meetings.Scheduling;

/// <summary>The canonical words for a rule (<c>weekly on Thursday</c>), or <c>null</c> when only an RRULE can say it.</summary>
internal static class CadenceWords
{
    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    /// <summary>Words for the repeating part only; the end (COUNT, UNTIL) is written by the caller.</summary>
    public static string? Phrase(RecurrenceSpec spec)
    {
        if (spec.WeekStart is not null || spec.BySetPosition.Count > 0 || spec.ByYearDay.Count > 0 || spec.ByWeekNumber.Count > 0)
        {
            return null;
        }

        return spec.Frequency switch
        {
            RecurrenceFrequency.Daily => Daily(spec),
            RecurrenceFrequency.Weekly => Weekly(spec),
            RecurrenceFrequency.Monthly => Monthly(spec),
            _ => Yearly(spec),
        };
    }

    public static string DayName(IsoDayOfWeek day) => day.ToString();

    public static string JoinDays(IEnumerable<IsoDayOfWeek> days)
    {
        var names = days.Select(DayName).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    private static string? Daily(RecurrenceSpec spec)
    {
        if (spec.ByMonth.Count > 0 || spec.ByMonthDay.Count > 0)
        {
            return null;
        }

        if (spec.ByDay.Count == 0)
        {
            return Every(spec.Interval, "daily", "day", "days");
        }

        var isWeekdays = spec.ByDay.Count == 5 && spec.ByDay.All(d => d.Ordinal == 0) && spec.ByDay.Select(d => d.Day).SequenceEqual(Weekdays);
        return isWeekdays && spec.Interval == 1 ? "daily on weekdays" : null;
    }

    private static string? Weekly(RecurrenceSpec spec)
    {
        if (spec.ByMonth.Count > 0)
        {
            return null;
        }

        var every = Every(spec.Interval, "weekly", "week", "weeks");
        if (spec.ByDay.Count == 0)
        {
            return every;
        }

        var days = JoinDays(spec.ByDay.Select(d => d.Day));
        return spec.Interval == 2 && spec.ByDay.Count == 1 ? $"every other {days}" : $"{every} on {days}";
    }

    private static string? Monthly(RecurrenceSpec spec)
    {
        if (spec.ByMonth.Count > 0)
        {
            return null;
        }

        var every = Every(spec.Interval, "monthly", "month", "months");
        var target = DayOfMonth(spec);
        return spec.ByDay.Count == 0 && spec.ByMonthDay.Count == 0 ? every
            : target is null ? null
            : $"{every} on the {target}";
    }

    private static string? Yearly(RecurrenceSpec spec)
    {
        if (spec.ByMonth.Count != 1)
        {
            return null;
        }

        var target = DayOfMonth(spec);
        return target is null ? null
            : $"{Every(spec.Interval, "yearly", "year", "years")} on the {target} of {RecurrenceSpec.MonthName(spec.ByMonth[0])}";
    }

    /// <summary><c>2nd Wednesday</c>, <c>last Friday</c>, <c>15th</c>, <c>last day</c>: exactly one day in the month.</summary>
    private static string? DayOfMonth(RecurrenceSpec spec)
    {
        if (spec.ByDay.Count == 1 && spec.ByMonthDay.Count == 0 && spec.ByDay[0].Ordinal is >= 1 and <= 5 or -1)
        {
            var day = spec.ByDay[0];
            return $"{(day.Ordinal == -1 ? "last" : RecurrenceSpec.Ordinal(day.Ordinal))} {DayName(day.Day)}";
        }

        if (spec.ByMonthDay.Count == 1 && spec.ByDay.Count == 0 && spec.ByMonthDay[0] is > 0 or -1)
        {
            return spec.ByMonthDay[0] == -1 ? "last day" : RecurrenceSpec.Ordinal(spec.ByMonthDay[0]);
        }

        return null;
    }

    private static string Every(int interval, string once, string unit, string units) => interval switch
    {
        1 => once,
        2 => $"every other {unit}",
        _ => $"every {interval.ToString(CultureInfo.InvariantCulture)} {units}",
    };
}
