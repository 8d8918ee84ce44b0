using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Docket.Meetings.Scheduling;

/// <summary>
/// An RFC 5545 RRULE as Docket keeps it: the parts a meeting series can use, checked on the way in
/// so that a bad rule is refused with a message a user can act on, not an exception from deep in
/// Ical.Net. <see cref="ToRRule"/> writes the parts in one fixed order, so equal rules have equal text.
/// </summary>
internal sealed class RecurrenceSpec : IEquatable<RecurrenceSpec>
{
    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public RecurrenceSpec(
        RecurrenceFrequency frequency,
        int interval = 1,
        int? count = null,
        LocalDate? until = null,
        IReadOnlyList<RecurrenceDay>? byDay = null,
        IReadOnlyList<int>? byMonthDay = null,
        IReadOnlyList<int>? byMonth = null,
        IReadOnlyList<int>? bySetPosition = null,
        IReadOnlyList<int>? byYearDay = null,
        IReadOnlyList<int>? byWeekNumber = null,
        IsoDayOfWeek? weekStart = null)
    {
        Frequency = frequency;
        Interval = interval;
        Count = count;
        Until = until;
        // Order does not change what a rule means: sorted, equal rules have equal text.
        ByDay = (byDay ?? []).Distinct().OrderBy(d => d.Ordinal).ThenBy(d => d.Day).ToList();
        ByMonthDay = Sorted(byMonthDay);
        ByMonth = Sorted(byMonth);
        BySetPosition = Sorted(bySetPosition);
        ByYearDay = Sorted(byYearDay);
        ByWeekNumber = Sorted(byWeekNumber);
        WeekStart = weekStart;
    }

    public RecurrenceFrequency Frequency { get; }

    public int Interval { get; }

    public int? Count { get; }

    /// <summary>The last date a meeting may fall on, inclusive, in the series' zone.</summary>
    public LocalDate? Until { get; }

    public IReadOnlyList<RecurrenceDay> ByDay { get; }

    public IReadOnlyList<int> ByMonthDay { get; }

    public IReadOnlyList<int> ByMonth { get; }

    public IReadOnlyList<int> BySetPosition { get; }

    public IReadOnlyList<int> ByYearDay { get; }

    public IReadOnlyList<int> ByWeekNumber { get; }

    public IsoDayOfWeek? WeekStart { get; }

    public static string DayCode(IsoDayOfWeek day) => DayCodes[(int)day - 1];

    public static string MonthName(int month) => MonthNames[month - 1];

    public RecurrenceSpec WithEnd(int? count, LocalDate? until) =>
        new(Frequency, Interval, count, until, ByDay, ByMonthDay, ByMonth, BySetPosition, ByYearDay, ByWeekNumber, WeekStart);

    /// <summary>Reads <c>FREQ=WEEKLY;BYDAY=TH</c>, with or without a leading <c>RRULE:</c>.</summary>
    public static bool TryParse(string text, out RecurrenceSpec? spec, out string? error)
    {
        spec = null;
        var body = text.Trim();
        if (body.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase))
        {
            body = body[6..];
        }

        RecurrenceFrequency? frequency = null;
        int interval = 1;
        int? count = null;
        LocalDate? until = null;
        List<RecurrenceDay> byDay = [];
        List<int> byMonthDay = [], byMonth = [], bySetPosition = [], byYearDay = [], byWeekNumber = [];
        IsoDayOfWeek? weekStart = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var part in body.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == part.Length - 1)
            {
                error = $"the RRULE part '{part}' is not NAME=VALUE";
                return false;
            }

            var name = part[..equals].Trim().ToUpperInvariant();
            var value = part[(equals + 1)..].Trim();
            if (!seen.Add(name))
            {
                error = $"the RRULE gives {name} twice";
                return false;
            }

            error = name switch
            {
                "FREQ" => ReadFrequency(value, out frequency),
                "INTERVAL" => ReadInt(name, value, 1, int.MaxValue, out interval),
                "COUNT" => ReadCount(value, out count),
                "UNTIL" => ReadUntil(value, out until),
                "BYDAY" => ReadDays(value, byDay),
                "BYMONTHDAY" => ReadInts(name, value, 31, byMonthDay),
                "BYMONTH" => ReadMonths(value, byMonth),
                "BYSETPOS" => ReadInts(name, value, 366, bySetPosition),
                "BYYEARDAY" => ReadInts(name, value, 366, byYearDay),
                "BYWEEKNO" => ReadInts(name, value, 53, byWeekNumber),
                "WKST" => ReadWeekStart(value, out weekStart),
                "BYHOUR" or "BYMINUTE" or "BYSECOND" =>
                    $"{name} would give several meetings a day; a cadence has one start time (write it after the rule, e.g. '11:00 UTC')",
                _ => $"unknown RRULE part '{name}'",
            };
            if (error is not null)
            {
                return false;
            }
        }

        if (frequency is null)
        {
            error = "the RRULE has no FREQ (e.g. FREQ=WEEKLY;BYDAY=TH)";
            return false;
        }

        if (count is not null && until is not null)
        {
            error = "COUNT and UNTIL cannot be used together (RFC 5545 3.3.10): keep one";
            return false;
        }

        spec = new RecurrenceSpec(frequency.Value, interval, count, until, byDay, byMonthDay, byMonth, bySetPosition, byYearDay, byWeekNumber, weekStart);
        error = spec.Check();
        if (error is not null)
        {
            spec = null;
            return false;
        }

        return true;
    }

    /// <summary>Refuses combinations that can never produce a meeting, naming the reason.</summary>
    public string? Check()
    {
        if (Interval < 1)
        {
            return $"INTERVAL must be at least 1, not {Interval.ToString(CultureInfo.InvariantCulture)}";
        }

        if (Count is < 1)
        {
            return $"COUNT must be at least 1, not {Count.Value.ToString(CultureInfo.InvariantCulture)}";
        }

        if (Count is not null && Until is not null)
        {
            return "COUNT and UNTIL cannot be used together (RFC 5545 3.3.10): keep one";
        }

        if (ByDay.Any(d => d.Ordinal != 0) && Frequency is not (RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly))
        {
            return $"a numbered weekday ({ByDay.First(d => d.Ordinal != 0)}) needs FREQ=MONTHLY or FREQ=YEARLY";
        }

        if (ByDay.Any(d => Math.Abs(d.Ordinal) > 5) && (Frequency == RecurrenceFrequency.Monthly || ByMonth.Count > 0))
        {
            return $"a month has at most 5 of each weekday, so {ByDay.First(d => Math.Abs(d.Ordinal) > 5)} never happens";
        }

        if (ByMonthDay.Count > 0 && Frequency == RecurrenceFrequency.Weekly)
        {
            return "BYMONTHDAY cannot be used with FREQ=WEEKLY (RFC 5545 3.3.10)";
        }

        if (ByYearDay.Count > 0 && Frequency is not RecurrenceFrequency.Yearly)
        {
            return "BYYEARDAY needs FREQ=YEARLY here";
        }

        if (ByWeekNumber.Count > 0 && Frequency is not RecurrenceFrequency.Yearly)
        {
            return "BYWEEKNO can only be used with FREQ=YEARLY (RFC 5545 3.3.10)";
        }

        if (ByMonthDay.Count > 0)
        {
            // A day of the month that no chosen month has: the 31st of February, the 31st of April.
            var months = ByMonth.Count > 0 ? ByMonth : Enumerable.Range(1, 12).ToList();
            var possible = months.Any(m => ByMonthDay.Any(d => Math.Abs(d) <= MaxDays(m)));
            if (!possible)
            {
                var day = ByMonthDay.MaxBy(Math.Abs);
                return months.Count == 1
                    ? $"{MonthName(months[0])} never has a {Ordinal(Math.Abs(day))} day"
                    : $"none of the months {string.Join(", ", months.Select(MonthName))} has a {Ordinal(Math.Abs(day))} day";
            }
        }

        return null;
    }

    /// <summary>Whether the meetings' days come from the start date (a weekly rule without BYDAY, and the like).</summary>
    public bool DependsOnStartDate() => Frequency switch
    {
        RecurrenceFrequency.Daily => false,
        RecurrenceFrequency.Weekly => ByDay.Count == 0,
        RecurrenceFrequency.Monthly => ByDay.Count == 0 && ByMonthDay.Count == 0,
        _ => ByYearDay.Count == 0 && ByWeekNumber.Count == 0 && ByDay.Count == 0
            && (ByMonth.Count == 0 || ByMonthDay.Count == 0),
    };

    /// <summary>The rule in one fixed order: FREQ, INTERVAL, COUNT, UNTIL, BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY, BYSETPOS, WKST.</summary>
    public string ToRRule() => Write(untilAsEndOfDay: false);

    /// <summary>The rule as Ical.Net evaluates it against a floating (zone-less) start: UNTIL is the end of its day.</summary>
    public string ToEvaluatedRRule(bool withEnd) => withEnd ? Write(untilAsEndOfDay: true) : WithEnd(null, null).Write(untilAsEndOfDay: true);

    private string Write(bool untilAsEndOfDay)
    {
        var text = new StringBuilder("FREQ=").Append(Frequency.ToString().ToUpperInvariant());
        if (Interval != 1)
        {
            text.Append(";INTERVAL=").Append(Interval.ToString(CultureInfo.InvariantCulture));
        }

        if (Count is { } count)
        {
            text.Append(";COUNT=").Append(count.ToString(CultureInfo.InvariantCulture));
        }

        if (Until is { } until)
        {
            text.Append(";UNTIL=").Append(LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd").Format(until));
            if (untilAsEndOfDay)
            {
                text.Append("T235959");
            }
        }

        Append(text, "BYMONTH", ByMonth);
        Append(text, "BYWEEKNO", ByWeekNumber);
        Append(text, "BYYEARDAY", ByYearDay);
        Append(text, "BYMONTHDAY", ByMonthDay);
        if (ByDay.Count > 0)
        {
            text.Append(";BYDAY=").AppendJoin(',', ByDay.Select(d => d.ToString()));
        }

        Append(text, "BYSETPOS", BySetPosition);
        if (WeekStart is { } weekStart)
        {
            text.Append(";WKST=").Append(DayCode(weekStart));
        }

        return text.ToString();
    }

    public bool Equals(RecurrenceSpec? other) => other is not null && ToRRule() == other.ToRRule();

    public override bool Equals(object? obj) => Equals(obj as RecurrenceSpec);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToRRule());

    public override string ToString() => ToRRule();

    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    public static int MaxDays(int month) => month switch { 2 => 29, 4 or 6 or 9 or 11 => 30, _ => 31 };

    public static IsoDayOfWeek? DayFromCode(string code)
    {
        var index = Array.IndexOf(DayCodes, code.ToUpperInvariant());
        return index < 0 ? null : (IsoDayOfWeek)(index + 1);
    }

    private static List<int> Sorted(IReadOnlyList<int>? values) => (values ?? []).Distinct().Order().ToList();

    private static void Append(StringBuilder text, string name, IReadOnlyList<int> values)
    {
        if (values.Count > 0)
        {
            text.Append(';').Append(name).Append('=').AppendJoin(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static string? ReadFrequency(string value, out RecurrenceFrequency? frequency)
    {
        frequency = value.ToUpperInvariant() switch
        {
            "DAILY" => RecurrenceFrequency.Daily,
            "WEEKLY" => RecurrenceFrequency.Weekly,
            "MONTHLY" => RecurrenceFrequency.Monthly,
            "YEARLY" => RecurrenceFrequency.Yearly,
            _ => null,
        };
        return frequency is not null ? null
            : value.ToUpperInvariant() is "HOURLY" or "MINUTELY" or "SECONDLY"
                ? $"FREQ={value.ToUpperInvariant()} is more often than a meeting series can be (at most DAILY)"
                : $"unknown FREQ '{value}' (DAILY, WEEKLY, MONTHLY or YEARLY)";
    }

    private static string? ReadInt(string name, string value, int min, int max, out int result)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result))
        {
            return $"{name} must be a number, not '{value}'";
        }

        if (result < min || result > max)
        {
            return min == 1 && result < 1
                ? $"{name} must be at least 1, not {value}"
                : $"{name} must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}, not {value}";
        }

        return null;
    }

    private static string? ReadCount(string value, out int? count)
    {
        var error = ReadInt("COUNT", value, 1, 100_000, out var n);
        count = error is null ? n : null;
        return error;
    }

    private static string? ReadUntil(string value, out LocalDate? until)
    {
        until = null;
        // UNTIL is a date, or a date-time whose date is kept: the series ends after that day.
        var datePart = value.Length >= 8 ? value[..8] : value;
        var parsed = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd").Parse(datePart);
        if (!parsed.Success || (value.Length > 8 && value[8] != 'T'))
        {
            return $"UNTIL must be a date like 20191231, not '{value}'";
        }

        until = parsed.Value;
        return null;
    }

    private static string? ReadDays(string value, List<RecurrenceDay> days)
    {
        foreach (var item in value.Split(',', StringSplitOptions.TrimEntries))
        {
            var split = 0;
            while (split < item.Length && (char.IsAsciiDigit(item[split]) || item[split] is '+' or '-'))
            {
                split++;
            }

            var day = DayFromCode(item[split..]);
            if (day is null)
            {
                return $"'{item[split..]}' in BYDAY is not a day of the week (MO, TU, WE, TH, FR, SA, SU)";
            }

            var ordinal = 0;
            if (split > 0 && (!int.TryParse(item[..split], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out ordinal)
                || ordinal == 0 || Math.Abs(ordinal) > 53))
            {
                return $"'{item}' in BYDAY has a bad position (1 to 53 or -1 to -53)";
            }

            if (days.Contains(new RecurrenceDay(day.Value, ordinal)))
            {
                return $"BYDAY gives {item} twice";
            }

            days.Add(new RecurrenceDay(day.Value, ordinal));
        }

        return null;
    }

    private static string? ReadInts(string name, string value, int limit, List<int> values)
    {
        foreach (var item in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                return $"{name} must list numbers, not '{item}'";
            }

            if (n == 0 || Math.Abs(n) > limit)
            {
                var l = limit.ToString(CultureInfo.InvariantCulture);
                return $"{name}={item} is out of range (1 to {l} or -1 to -{l})";
            }

            values.Add(n);
        }

        return null;
    }

    private static string? ReadMonths(string value, List<int> months)
    {
        foreach (var item in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 12)
            {
                return $"BYMONTH={item} is not a month (1 to 12)";
            }

            months.Add(n);
        }

        return null;
    }

    private static string? ReadWeekStart(string value, out IsoDayOfWeek? weekStart)
    {
        weekStart = DayFromCode(value);
        return weekStart is null ? $"WKST '{value}' is not a day of the week (MO to SU)" : null;
    }
}
