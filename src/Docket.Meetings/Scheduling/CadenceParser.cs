using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Docket.Meetings.Scheduling;

/// <summary>
/// Reads a cadence as people write it (<c>every other Tuesday 15:00 UTC</c>,
/// <c>first Friday of the month 17:00 Europe/Berlin</c>, <c>RRULE:FREQ=WEEKLY;BYDAY=TH 11:00 UTC</c>).
/// A small word-by-word parser: the repeating part first, then time, zone, length, start and end in any order.
/// </summary>
internal sealed partial class CadenceParser
{
    private static readonly string[] MonthWords =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["1st"] = 1, ["second"] = 2, ["2nd"] = 2, ["third"] = 3, ["3rd"] = 3,
        ["fourth"] = 4, ["4th"] = 4, ["fifth"] = 5, ["5th"] = 5, ["last"] = -1,
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
    };

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private readonly string _text;
    private readonly List<string> _tokens;
    private int _position;

    private CadenceParser(string text, List<string> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>What the words said; parts left out are <c>null</c>.</summary>
    internal sealed record Parts(RecurrenceSpec Spec, LocalTime? Time, DateTimeZone? Zone, Duration? Length, LocalDate? From);

    public static bool TryParse(string text, out Parts? parts, out string? error)
    {
        parts = null;
        var trimmed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length == 0)
        {
            error = "the cadence is empty: write e.g. 'weekly on Thursday 11:00 America/Los_Angeles'";
            return false;
        }

        if (trimmed.Length > 500)
        {
            error = "the cadence is longer than 500 characters";
            return false;
        }

        var tokens = new List<string>();
        var rest = trimmed;
        var rawRule = trimmed.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("FREQ=", StringComparison.OrdinalIgnoreCase);
        if (rawRule)
        {
            var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            tokens.Add(space < 0 ? trimmed : trimmed[..space]);
            rest = space < 0 ? "" : trimmed[space..];
        }

        // Commas separate days ("Monday, Wednesday"): words apart from the RRULE do not need them.
        tokens.AddRange(rest.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var parser = new CadenceParser(trimmed, tokens);
        return parser.Run(rawRule, out parts, out error);
    }

    private bool Run(bool rawRule, out Parts? parts, out string? error)
    {
        parts = null;
        RecurrenceSpec? spec;
        if (rawRule)
        {
            if (!RecurrenceSpec.TryParse(_tokens[0], out spec, out error))
            {
                return false;
            }

            _position = 1;
        }
        else
        {
            error = ReadRepetition(out spec);
            if (error is not null)
            {
                return false;
            }
        }

        LocalTime? time = null;
        DateTimeZone? zone = null;
        Duration? length = null;
        LocalDate? from = null;
        var count = spec!.Count;
        var until = spec.Until;
        while (_position < _tokens.Count)
        {
            var word = Peek();
            if (word is "at" or "in" or "and")
            {
                _position++;
                continue;
            }

            if (TryReadTime(out var start, out var end, out error))
            {
                if (time is not null)
                {
                    return Fail($"two start times ({Format(time.Value)} and {Format(start)})", out error);
                }

                time = start;
                if (end is { } e)
                {
                    length = Span(start, e);
                }

                continue;
            }

            if (error is not null)
            {
                return false;
            }

            switch (word)
            {
                case "for":
                    _position++;
                    error = ReadLength(out var l);
                    if (error is not null)
                    {
                        return false;
                    }

                    length = l;
                    continue;
                case "from" or "starting" or "since" or "beginning":
                    _position++;
                    error = ReadDate(word, out var f);
                    if (error is not null)
                    {
                        return false;
                    }

                    from = f;
                    continue;
                case "until" or "till" or "through":
                    _position++;
                    error = ReadDate(word, out var u);
                    if (error is not null)
                    {
                        return false;
                    }

                    until = u;
                    continue;
            }

            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var times) && Peek(1) is "times" or "meetings")
            {
                if (times < 1)
                {
                    return Fail($"the series needs at least 1 meeting, not {word}", out error);
                }

                count = times;
                _position += 2;
                continue;
            }

            error = ReadZone(out var z);
            if (error is not null)
            {
                return false;
            }

            zone = z;
        }

        if (count is not null && until is not null)
        {
            return Fail("COUNT and UNTIL cannot be used together (RFC 5545 3.3.10): keep one", out error);
        }

        spec = spec.WithEnd(count, until);
        parts = new Parts(spec, time, zone, length, from);
        error = null;
        return true;
    }

    // ---- the repeating part -------------------------------------------------------------------

    private string? ReadRepetition(out RecurrenceSpec? spec)
    {
        spec = null;
        var word = Peek();
        switch (word)
        {
            case "daily":
                _position++;
                if (Accept("on") || Peek() is "weekdays")
                {
                    if (Accept("weekdays") || Accept("weekday"))
                    {
                        spec = WeekdaysDaily();
                        return null;
                    }

                    return Expected("'weekdays' or a day of the week");
                }

                spec = new RecurrenceSpec(RecurrenceFrequency.Daily);
                return null;
            case "weekdays" or "weekday":
                _position++;
                spec = WeekdaysDaily();
                return null;
            case "on" when Peek(1) is "weekdays":
                _position += 2;
                spec = WeekdaysDaily();
                return null;
            case "weekly":
                _position++;
                return ReadWeekly(1, out spec);
            case "biweekly" or "fortnightly":
                _position++;
                return ReadWeekly(2, out spec);
            case "monthly":
                _position++;
                Accept("on");
                return ReadMonthly(1, out spec);
            case "yearly" or "annually":
                _position++;
                Accept("on");
                return ReadYearly(1, out spec);
            case "every" or "each":
                _position++;
                return ReadEvery(out spec);
        }

        if (IsOrdinal(word) || word == "the" || DayOf(word) is not null)
        {
            // "first Friday of the month", "Thursdays".
            return DayOf(word) is not null ? ReadWeekly(1, out spec) : ReadMonthly(1, out spec);
        }

        return word.EndsWith("day", StringComparison.Ordinal) || word.EndsWith("days", StringComparison.Ordinal)
            ? NotADay()
            : $"cannot read '{Original()}' in '{_text}': start with e.g. 'weekly on Thursday', 'every other Tuesday', 'first Friday of the month', 'daily on weekdays' or an RRULE";
    }

    private string? ReadEvery(out RecurrenceSpec? spec)
    {
        spec = null;
        var interval = 1;
        var word = Peek();
        if (word == "other")
        {
            interval = 2;
            _position++;
        }
        else if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || NumberWords.TryGetValue(word, out n))
        {
            if (n < 1)
            {
                return $"INTERVAL must be at least 1, not {word}";
            }

            interval = n;
            _position++;
        }

        word = Peek();
        switch (word)
        {
            case "day" or "days":
                _position++;
                spec = new RecurrenceSpec(RecurrenceFrequency.Daily, interval);
                return null;
            case "weekday" or "weekdays" when interval == 1:
                _position++;
                spec = WeekdaysDaily();
                return null;
            case "week" or "weeks":
                _position++;
                return ReadWeekly(interval, out spec);
            case "month" or "months":
                _position++;
                Accept("on");
                return ReadMonthly(interval, out spec);
            case "year" or "years":
                _position++;
                Accept("on");
                return ReadYearly(interval, out spec);
        }

        if (DayOf(word) is not null)
        {
            return ReadWeekly(interval, out spec);
        }

        if (IsOrdinal(word) && DayOf(Peek(1)) is not null)
        {
            return ReadMonthly(interval, out spec);
        }

        if (MonthDayOf(word) is not null || word == "the")
        {
            // "every 31st of February" (yearly) or "every 15th of the month" (monthly).
            var save = _position;
            Accept("the");
            var day = MonthDayOf(Peek());
            if (day is not null && Peek(1) == "of" && MonthOf(Peek(2)) is not null)
            {
                _position = save;
                return ReadYearly(interval, out spec);
            }

            _position = save;
            return ReadMonthly(interval, out spec);
        }

        if (MonthOf(word) is not null)
        {
            return ReadYearly(interval, out spec);
        }

        return word.EndsWith("day", StringComparison.Ordinal) || word.EndsWith("days", StringComparison.Ordinal)
            ? NotADay()
            : Expected("a day of the week, 'day', 'week', 'month' or 'year' after 'every'");
    }

    private string? ReadWeekly(int interval, out RecurrenceSpec? spec)
    {
        spec = null;
        Accept("on");
        if (Peek() is "weekdays" && interval == 1)
        {
            _position++;
            spec = new RecurrenceSpec(RecurrenceFrequency.Weekly, byDay: Weekdays());
            return null;
        }

        var days = new List<RecurrenceDay>();
        while (_position < _tokens.Count)
        {
            var day = DayOf(Peek());
            if (day is null)
            {
                if (Peek() == "and" && days.Count > 0 && DayOf(Peek(1)) is not null)
                {
                    _position++;
                    continue;
                }

                if (days.Count == 0 && LooksLikeDay(Peek()))
                {
                    return NotADay();
                }

                break;
            }

            days.Add(new RecurrenceDay(day.Value, 0));
            _position++;
        }

        spec = new RecurrenceSpec(RecurrenceFrequency.Weekly, interval, byDay: days);
        return null;
    }

    private string? ReadMonthly(int interval, out RecurrenceSpec? spec)
    {
        spec = null;
        Accept("the");
        if (_position >= _tokens.Count || !(IsOrdinal(Peek()) || MonthDayOf(Peek()) is not null))
        {
            if (_position < _tokens.Count && LooksLikeDay(Peek()))
            {
                return Expected("which one in the month, e.g. 'the 2nd Wednesday' or 'the 15th'");
            }

            spec = new RecurrenceSpec(RecurrenceFrequency.Monthly, interval);
            return null;
        }

        var error = ReadDayInMonth(out var byDay, out var byMonthDay);
        if (error is not null)
        {
            return error;
        }

        if (Accept("of"))
        {
            Accept("the");
            Accept("every");
            Accept("each");
            if (!Accept("month"))
            {
                return Expected("'month' after 'of'");
            }
        }

        spec = new RecurrenceSpec(RecurrenceFrequency.Monthly, interval, byDay: byDay, byMonthDay: byMonthDay);
        return spec.Check();
    }

    private string? ReadYearly(int interval, out RecurrenceSpec? spec)
    {
        spec = null;
        Accept("the");
        int? month;
        List<RecurrenceDay> byDay;
        List<int> byMonthDay;
        if ((month = MonthOf(Peek())) is not null)
        {
            // "yearly on March 3rd", "every February 31st".
            _position++;
            var day = MonthDayOf(Peek()) ?? (int.TryParse(Peek(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : null);
            if (day is null)
            {
                return Expected("a day of the month after the month, e.g. 'March 3rd'");
            }

            _position++;
            byDay = [];
            byMonthDay = [day.Value];
        }
        else
        {
            var error = ReadDayInMonth(out byDay, out byMonthDay);
            if (error is not null)
            {
                return error;
            }

            if (!Accept("of") || (month = MonthOf(Peek())) is null)
            {
                return Expected("'of' and a month, e.g. 'the 3rd of March'");
            }

            _position++;
        }

        if (byMonthDay.Count == 1 && byMonthDay[0] > 31)
        {
            return $"no month has a {RecurrenceSpec.Ordinal(byMonthDay[0])} day";
        }

        spec = new RecurrenceSpec(RecurrenceFrequency.Yearly, interval, byDay: byDay, byMonthDay: byMonthDay, byMonth: [month.Value]);
        return spec.Check();
    }

    /// <summary><c>2nd Wednesday</c>, <c>last Friday</c>, <c>last day</c>, <c>15th</c>.</summary>
    private string? ReadDayInMonth(out List<RecurrenceDay> byDay, out List<int> byMonthDay)
    {
        byDay = [];
        byMonthDay = [];
        var word = Peek();
        if (IsOrdinal(word) && DayOf(Peek(1)) is { } weekday)
        {
            byDay.Add(new RecurrenceDay(weekday, OrdinalWords[word]));
            _position += 2;
            return null;
        }

        if (word == "last" && Peek(1) == "day")
        {
            byMonthDay.Add(-1);
            _position += 2;
            return null;
        }

        if (MonthDayOf(word) is { } day)
        {
            if (day is < 1 or > 31)
            {
                return $"no month has a {RecurrenceSpec.Ordinal(day)} day";
            }

            byMonthDay.Add(day);
            _position++;
            Accept("day");
            return null;
        }

        if (IsOrdinal(word) && LooksLikeDay(Peek(1)))
        {
            _position++;
            return NotADay();
        }

        return Expected("a day in the month, e.g. '2nd Wednesday', 'last Friday' or '15th'");
    }

    // ---- time, zone, length, dates ------------------------------------------------------------

    private bool TryReadTime(out LocalTime start, out LocalTime? end, out string? error)
    {
        start = default;
        end = null;
        error = null;
        var word = Peek();
        var range = TimeRange().Match(word);
        if (range.Success && OneTime().IsMatch(range.Groups[1].Value) && OneTime().IsMatch(range.Groups[2].Value))
        {
            // "11:00-12:00", "11am-12pm"
            if (!TryTime(range.Groups[1].Value, out start, out error) || !TryTime(range.Groups[2].Value, out var e, out error))
            {
                return false;
            }

            end = e;
            _position++;
            return true;
        }

        var joined = word;
        var taken = 1;
        if (Peek(1) is "am" or "pm" or "a.m." or "p.m.")
        {
            joined += Peek(1);
            taken = 2;
        }

        if (!OneTime().IsMatch(joined))
        {
            return false;
        }

        if (!TryTime(joined, out start, out error))
        {
            return false;
        }

        _position += taken;
        if (Peek() is "-" or "–" or "to" && OneTime().IsMatch(Peek(1)))
        {
            _position++;
            if (!TryTime(Peek(), out var e, out error))
            {
                return false;
            }

            end = e;
            _position++;
        }

        return true;
    }

    private static bool TryTime(string text, out LocalTime time, out string? error)
    {
        time = default;
        error = null;
        if (text is "noon")
        {
            time = new LocalTime(12, 0);
            return true;
        }

        if (text is "midnight")
        {
            time = LocalTime.Midnight;
            return true;
        }

        var match = OneTime().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not a time of day (write e.g. 11:00 or 3pm)";
            return false;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["ap"].Value.Replace(".", "", StringComparison.Ordinal);
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                error = $"'{text}' is not a time of day (12-hour times run from 1 to 12)";
                return false;
            }

            hour = hour % 12 + (suffix == "pm" ? 12 : 0);
        }

        if (hour > 23 || minute > 59)
        {
            error = $"'{text}' is not a time of day";
            return false;
        }

        time = new LocalTime(hour, minute);
        return true;
    }

    private string? ReadLength(out Duration length)
    {
        length = default;
        // "for 60 minutes", "for 1h30", "for 90 min", "for 1.5 hours", "for an hour"
        var text = Peek();
        var taken = 1;
        if (text is "an" or "a" && Peek(1) is "hour")
        {
            length = Duration.FromHours(1);
            _position += 2;
            return null;
        }

        if (Peek(1) is "minutes" or "minute" or "min" or "mins" or "hours" or "hour" or "h" or "m")
        {
            text += Peek(1);
            taken = 2;
        }

        var match = LengthPattern().Match(text);
        if (!match.Success)
        {
            return $"cannot read the length '{Original()}' after 'for' (write e.g. 'for 60 minutes' or 'for 1h30')";
        }

        double minutes;
        if (match.Groups["hours"].Success)
        {
            minutes = double.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture) * 60
                + (match.Groups["rest"].Success ? int.Parse(match.Groups["rest"].Value, CultureInfo.InvariantCulture) : 0);
        }
        else
        {
            minutes = double.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture);
        }

        if (minutes < 1 || minutes > 24 * 60 || minutes != Math.Floor(minutes))
        {
            return $"a meeting lasts whole minutes, from 1 minute to 24 hours, not '{text}'";
        }

        length = Duration.FromMinutes((long)minutes);
        _position += taken;
        return null;
    }

    private string? ReadDate(string after, out LocalDate date)
    {
        date = default;
        var parsed = IsoDate.Parse(Peek());
        if (!parsed.Success)
        {
            return $"'{after}' needs a date like 2024-01-04, not '{Original()}'";
        }

        date = parsed.Value;
        _position++;
        return null;
    }

    private string? ReadZone(out DateTimeZone? zone)
    {
        var original = Original();
        zone = TimeZones.Find(original);
        if (zone is not null)
        {
            _position++;
            return null;
        }

        if (original.Contains('/', StringComparison.Ordinal) || (original.Length is >= 2 and <= 5 && original.All(char.IsAsciiLetterUpper)))
        {
            return TimeZones.Unknown(original);
        }

        return LooksLikeDay(Peek()) ? NotADay() : $"cannot read '{original}' in '{_text}'";
    }

    private static Duration Span(LocalTime start, LocalTime end)
    {
        var span = Period.Between(start, end, PeriodUnits.Minutes).Minutes;
        return Duration.FromMinutes(span > 0 ? span : span + (24 * 60));
    }

    // ---- words --------------------------------------------------------------------------------

    private static RecurrenceSpec WeekdaysDaily() => new(RecurrenceFrequency.Daily, byDay: Weekdays());

    private static List<RecurrenceDay> Weekdays() =>
        [.. Enumerable.Range(1, 5).Select(d => new RecurrenceDay((IsoDayOfWeek)d, 0))];

    internal static IsoDayOfWeek? DayOf(string word)
    {
        var w = word.TrimEnd('s');
        return w switch
        {
            "monday" or "mon" or "mo" => IsoDayOfWeek.Monday,
            "tuesday" or "tue" or "tues" or "tu" => IsoDayOfWeek.Tuesday,
            "wednesday" or "wed" or "we" => IsoDayOfWeek.Wednesday,
            "thursday" or "thu" or "thur" or "thurs" or "th" => IsoDayOfWeek.Thursday,
            "friday" or "fri" or "fr" => IsoDayOfWeek.Friday,
            "saturday" or "sat" or "sa" => IsoDayOfWeek.Saturday,
            "sunday" or "sun" or "su" => IsoDayOfWeek.Sunday,
            _ => null,
        };
    }

    private static bool LooksLikeDay(string word) =>
        word.Length > 3 && (word.EndsWith("day", StringComparison.Ordinal) || word.EndsWith("days", StringComparison.Ordinal))
        && word is not ("weekday" or "weekdays");

    private static bool IsOrdinal(string word) => OrdinalWords.ContainsKey(word);

    private static int? MonthDayOf(string word)
    {
        var match = MonthDay().Match(word);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static int? MonthOf(string word)
    {
        var index = Array.IndexOf(MonthWords, word);
        if (index < 0 && word.Length >= 3)
        {
            index = Array.FindIndex(MonthWords, m => m.StartsWith(word, StringComparison.Ordinal) && word.Length >= 3);
        }

        return index < 0 ? null : index + 1;
    }

    private string NotADay() => $"'{Original()}' is not a day of the week";

    private string Expected(string what) =>
        _position < _tokens.Count ? $"expected {what}, not '{Original()}'" : $"expected {what} at the end of '{_text}'";

    private bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }

    private static string Format(LocalTime time) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(time);

    private bool Accept(string word)
    {
        if (Peek() != word)
        {
            return false;
        }

        _position++;
        return true;
    }

    private string Peek(int ahead = 0) =>
        _position + ahead < _tokens.Count ? _tokens[_position + ahead].ToLowerInvariant() : "";

    private string Original() => _position < _tokens.Count ? _tokens[_position] : "";

    [GeneratedRegex(@"^(\d{1,2})(?:st|nd|rd|th)$")]
    private static partial Regex MonthDay();

    // A time has minutes or am/pm: a bare number is a count ("10 times"), not a time.
    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})(?<ap>am|pm|a\.m\.|p\.m\.)?$|^(?<h>\d{1,2})(?<ap>am|pm|a\.m\.|p\.m\.)$|^noon$|^midnight$")]
    private static partial Regex OneTime();

    [GeneratedRegex(@"^(\d{1,2}(?::\d{2})?(?:am|pm)?)[-–](\d{1,2}(?::\d{2})?(?:am|pm)?)$")]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"^(?:(?<hours>\d+(?:\.\d+)?)h(?:ours?)?(?<rest>\d{1,2})?m?(?:in(?:ute)?s?)?|(?<minutes>\d+)(?:m|mins?|minutes?))$")]
    private static partial Regex LengthPattern();
}
