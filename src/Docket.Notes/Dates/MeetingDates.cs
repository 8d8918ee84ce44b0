using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Docket.Notes.Dates;

/// <summary>
/// Reads the dates and times people write in meeting notes: "June 13, 2019", "2018-10-30", "12/17/2019", "Mar 16",
/// "1:00-2:30pm ET", "Friday, October 2, 2020, 2030 UTC", Zulip's "&lt;time:2023-03-10T10:00:00-05:00&gt;".
/// </summary>
/// <remarks>
/// Runs on every line of large documents and on hostile input. A line without a digit is skipped at once. Otherwise a
/// non-backtracking coarse scan (<see cref="CoarsePattern"/>) finds the few places where a date or time can start, and
/// only there is the precise, generated, bounded pattern tried, anchored with \G. Every pattern times out, a timeout
/// counts as "nothing more found", and a text that offers too many refused candidates is given up on.
/// </remarks>
internal static partial class MeetingDates
{
    private const int TimeoutMilliseconds = 500;

    // Candidates the coarse scan offers and the precise reading refuses; past this many on one text, stop looking.
    // Real notes refuse a handful per line; only crafted input gets near it.
    private const int MaxRejectedCandidates = 100_000;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Year = "(?:19|20|21)[0-9]{2}";
    private const string Month =
        "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])";
    private const string Weekday = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?";
    private const string Ordinal = "(?:st|nd|rd|th)?";

    // Alternatives, each named by its groups:
    //   month first  "Friday, October 2, 2020", "March 13th, 2019", "Mar 16" (year optional)
    //   day first    "23 July 2018", "9 Jan 2019" (year required: "2 March" alone is too often prose)
    //   ISO          "2018-10-30", also inside "<time:2023-03-10T10:00:00-05:00>" and "magazine.2020-06-10-12.02"
    //   Y.M.D, Y/M/D "2019.10.10", "2019/05/07"
    //   M/D/Y, D.M.Y "12/17/2019", "22.10.2025"
    // No backreferences: with IgnoreCase they would make the generator fall back to the interpreter.
    // Version numbers never match: every form needs a four-digit year or a month name, and the numeric forms
    // refuse a neighbouring letter, dot or slash ("v1.10.2019", "1.2.3.2019").
    private const string DateText = MonthFirstText + "?" + DateRestText;

    // The same without a yearless "Mar 16": the coarse scan when no default year can complete one.
    private const string DateWithYearText = MonthFirstText + DateRestText;

    private const string MonthFirstText =
        "(?<![a-z0-9])(?:(?<wd>" + Weekday + "),?\\s{1,3})?(?:" +
            "(?<mn>" + Month + ")\\.?\\s{1,3}(?<md>[0-9]{1,2})" + Ordinal + "(?![0-9a-z])(?:,?\\s{1,3}(?<my>" + Year + ")(?![0-9]))";

    private const string DateRestText =
            "|(?<dd>[0-9]{1,2})" + Ordinal + "\\s{1,3}(?:of\\s{1,3})?(?<dm>" + Month + ")\\.?,?\\s{1,3}(?<dy>" + Year + ")(?![0-9])" +
        ")" +
        "|(?<![0-9])(?<iy>" + Year + ")-(?<im>[0-9]{1,2})-(?<id>[0-9]{1,2})(?![0-9])" +
        "|(?<![a-z0-9./])(?<sy>" + Year + ")(?:\\.(?<sm>[0-9]{1,2})\\.|/(?<sm>[0-9]{1,2})/)(?<sd>[0-9]{1,2})(?![0-9]|[./][0-9])" +
        "|(?<![a-z0-9./-])(?<na>[0-9]{1,2})(?:(?<dot>\\.)(?<nb>[0-9]{1,2})\\.|/(?<nb>[0-9]{1,2})/)(?<ny>" + Year + ")(?![0-9]|[./][0-9])";

    [GeneratedRegex("\\G(?:" + DateText + ")", Options, matchTimeoutMilliseconds: TimeoutMilliseconds)]
    private static partial Regex DatePattern();

    // Dates that only file names carry: "main_20251022_Readme.md", "td/2026012122" (a two-day folder: the first day),
    // and a path made of year, month and day folders: "meetings/2016/09/22/index.md".
    [GeneratedRegex(
        "(?<![0-9])(?<y>" + Year + ")(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12][0-9]|3[01])(?:[0-9]{2})?(?![0-9])" +
        "|(?<![^/\\\\])(?<y>" + Year + ")[/\\\\](?<m>[0-9]{1,2})[/\\\\](?<d>[0-9]{1,2})(?![^/\\\\])",
        Options, matchTimeoutMilliseconds: TimeoutMilliseconds)]
    private static partial Regex CompactDatePattern();

    // A one-letter meridiem ("11a") must not be glued to more letters or digits, so hex ("=7a809c") is not a time.
    private const string Meridiem = "(?:\\s?[ap]\\.?m\\.?(?![a-z0-9])|[ap](?![a-z0-9]))";

    // Only zones Docket can resolve, so that "9 Jan" or "5 people" never becomes a candidate: offsets, IANA ids under a
    // tzdb area, capitalised abbreviations (lower-case "et" is Latin), and written-out names.
    private const string Zone =
        "(?:(?:utc|gmt)\\s?[+\\-\u2212]\\s?[0-9]{1,2}(?::?[0-5][0-9])?(?![0-9])" +
        "|(?:africa|america|antarctica|arctic|asia|atlantic|australia|europe|indian|pacific|etc|us|canada|brazil|chile|mexico)" +
            "/[a-z0-9_+\\-]{1,30}(?:/[a-z0-9_+\\-]{1,30})?" +
        "|(?-i:UTC|GMT|UT|Z|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|CET|CEST|BST|JST|IST|AEST|AEDT)(?![a-z])" +
        "|(?:us\\s)?(?:utc|gmt|zulu|eastern|central(?:\\seuropean)?|mountain|pacific|british|japan|india|coordinated\\suniversal|greenwich\\smean)" +
            "(?:\\s(?:standard|daylight|summer))?(?:\\stime)?(?![a-z]))";
    private const string RangeWord = "\\s{0,3}(?:-|\u2013|\u2014|to|until|till)\\s{0,3}";

    // Start: "noon", "1430" (only before a zone), "5:00", "5:00pm", "8 AM", "11a", or a bare hour that is followed by
    // a range or a zone word (checked again in code). End: the same forms. Then an optional zone and a
    // parenthesised zone: "11am US Pacific Time (UTC-7)", "11a - Noon (Pacific Time)".
    // An ISO date-time (alone or in a Zulip <time:...> token) is its own alternative so that its offset is not read
    // as the end of a range.
    private const string TimeText =
        "(?:<time:)?(?<![0-9])(?<iso>[0-9]{4}-[0-9]{2}-[0-9]{2}T(?<ih>[0-9]{2}):(?<im>[0-9]{2})(?::(?<is>[0-9]{2})(?:\\.[0-9]{1,9})?)?" +
            "(?<io>z|[+\\-][0-9]{2}:?[0-9]{2})?)(?![0-9])>?" +
        "|(?<![a-z0-9_./#$%=&~+]|[0-9][:\\-])(?<tp>" +
            "(?:(?<sw>noon|midnight)(?![a-z])" +
              "|(?<shm>[0-2][0-9][0-5][0-9])(?=\\s{0,3}\\(?\\s{0,3}" + Zone + ")" +
              "|(?<sh>[0-9]{1,2})(?::(?<sm>[0-5][0-9])(?::(?<ss>[0-5][0-9]))?(?![0-9])(?<sap>" + Meridiem + ")?|(?<sap>" + Meridiem + ")" +
                "|(?=" + RangeWord + "[0-9nm]|\\s{0,3}\\(?\\s{0,3}" + Zone + ")(?![0-9])))" +
            "(?:" + RangeWord +
              "(?:(?<ew>noon|midnight)(?![a-z])" +
                "|(?<eh>[0-9]{1,2})(?::(?<em>[0-5][0-9])(?::(?<es>[0-5][0-9]))?)?(?![0-9])(?<eap>" + Meridiem + ")?))?)" +
        "(?:\\s{0,3}(?<z>" + Zone + "))?" +
        "(?<pp>\\s{0,3}\\(\\s{0,3}(?<pz>" + Zone + ")\\s{0,3}\\))?";

    [GeneratedRegex("\\G(?:" + TimeText + ")", Options, matchTimeoutMilliseconds: TimeoutMilliseconds)]
    private static partial Regex TimePattern();

    // Where a time can start: an ISO date-time or Zulip token, a word, or digits followed by minutes, a meridiem, a
    // zone or a range. A superset of TimeText's starts, without its lookarounds; \b stands in for its lookbehind,
    // which refuses a letter, digit or underscore before the time, so no candidate starts inside "2019-2019".
    private const string TimeStartText =
        "<time:|[0-9]{4}-[0-9]{2}-[0-9]{2}t|\\b(?:noon|midnight" +
        "|[0-9]{1,2}(?::[0-5][0-9]|\\s?[ap]|" + RangeWord + "[0-9nm])|[0-9]{1,4}\\s{0,3}\\(?\\s{0,3}" + Zone + ")";

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);
    private static readonly Lazy<Regex> CoarseDate = new(() => CoarsePattern.Create(DateText, Options, Timeout));
    private static readonly Lazy<Regex> CoarseDateWithYear = new(() => CoarsePattern.Create(DateWithYearText, Options, Timeout));
    private static readonly Lazy<Regex> CoarseTime = new(() => CoarsePattern.Create(TimeStartText, Options, Timeout));

    /// <summary>The first date written in <paramref name="text"/>; <paramref name="defaultYear"/> completes dates written without one.</summary>
    public static bool TryFindDate(string text, int? defaultYear, out DateMatch match)
    {
        foreach (var found in EnumerateDates(text, defaultYear))
        {
            match = found;
            return true;
        }

        match = default;
        return false;
    }

    /// <summary>Every date in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<DateMatch> FindDates(string text, int? defaultYear) => EnumerateDates(text, defaultYear).ToArray();

    /// <summary>The first time or time range in <paramref name="text"/>, with its zone if written.</summary>
    public static bool TryFindTime(string text, out TimeMatch match)
    {
        match = default;
        if (!MayHoldTime(text))
        {
            return false;
        }

        // One linear pass of the coarse scan. Each coarse match is short; the precise pattern is tried at its start and
        // at every position inside it where a time could begin, so no time that starts inside a refused candidate
        // ("25 - 10am") is skipped.
        var rejected = 0;
        try
        {
            foreach (var coarse in CoarseTime.Value.EnumerateMatches(text))
            {
                var end = Math.Min(text.Length, coarse.Index + Math.Max(coarse.Length, 1));
                for (var i = coarse.Index; i < end; i++)
                {
                    if (!MayStartTime(text, i) || MatchAt(TimePattern(), text, i) is not { } found)
                    {
                        continue;
                    }

                    if (TryReadTime(found, out match))
                    {
                        return true;
                    }

                    if (++rejected >= MaxRejectedCandidates)
                    {
                        match = default;
                        return false;
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: nothing found.
        }

        match = default;
        return false;
    }

    // A cheap necessary condition for TimeText to match here, mirroring its lookbehinds.
    private static bool MayStartTime(string text, int i)
    {
        var c = text[i];
        var before = i > 0 ? text[i - 1] : ' ';
        if (char.IsAsciiDigit(c))
        {
            // After "9-" or "9:" only an ISO date-time can start ("1-2020-05-19T10:00").
            var afterDigitAndSign = before is ':' or '-' && i > 1 && char.IsAsciiDigit(text[i - 2]);
            return !char.IsAsciiDigit(before)
                && (!afterDigitAndSign || (i + 10 < text.Length && text[i + 4] == '-' && text[i + 10] is 'T' or 't'));
        }

        return c == '<' || (c is 'n' or 'N' or 'm' or 'M' && !char.IsAsciiLetter(before));
    }

    /// <summary>A zone name or abbreviation as people write it, as an IANA id ("ET" gives "America/New_York").</summary>
    public static bool TryResolveZone(string zoneText, out string zoneId) => ZoneNames.TryResolve(zoneText, out zoneId);

    /// <summary>
    /// The start and end of <paramref name="time"/> on <paramref name="date"/>, with the offset in force at that place on
    /// that date. The written zone wins, then a written fixed offset, then <paramref name="defaultZoneId"/> (an IANA id or
    /// anything <see cref="TryResolveZone"/> reads). Null when none gives a zone. An end earlier than the start is on the next day.
    /// A start in a DST gap moves forward; in a repeated hour it takes the earlier one.
    /// </summary>
    public static (OffsetDateTime Start, OffsetDateTime? End, string ZoneId)? Resolve(LocalDate date, TimeMatch time, string? defaultZoneId)
    {
        var zone = FindZone(time.ZoneId)
            ?? (time.FixedOffset is { } offset ? DateTimeZone.ForOffset(offset) : null)
            ?? FindZone(defaultZoneId);
        if (zone is null)
        {
            return null;
        }

        var start = date.At(time.Start).InZoneLeniently(zone).ToOffsetDateTime();
        OffsetDateTime? end = null;
        if (time.End is { } endTime)
        {
            var endDate = endTime < time.Start ? date.PlusDays(1) : date;
            end = endDate.At(endTime).InZoneLeniently(zone).ToOffsetDateTime();
        }

        return (start, end, zone.Id);
    }

    /// <summary>
    /// A date in a file name or path: "2019-07-03-infrastructure.md", "main_20251022_Readme.md",
    /// "T-compiler Meeting Agenda 2023-03-09.md", "minutes/td/2026012122/Readme.md". The file name is read first,
    /// then the folders from the nearest up.
    /// </summary>
    public static bool TryFindDateInFileName(string source, out LocalDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(source))
        {
            return false;
        }

        var parts = source.Split('/', '\\');
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (TryFindDateInName(parts[i], out date))
            {
                return true;
            }
        }

        // Year, month and day as separate folders.
        return TryFindCompactDate(source, out date);
    }

    private static bool TryFindDateInName(string name, out LocalDate date)
    {
        date = default;
        if (name.Length == 0)
        {
            return false;
        }

        var written = TryFindDate(name, defaultYear: null, out var match) && match.HasYear ? match : (DateMatch?)null;
        if (TryFindCompactDate(name, out var compact, out var compactIndex) && (written is null || compactIndex < written.Value.Index))
        {
            date = compact;
            return true;
        }

        if (written is { } w)
        {
            date = w.Date;
            return true;
        }

        return false;
    }

    private static bool TryFindCompactDate(string text, out LocalDate date) => TryFindCompactDate(text, out date, out _);

    private static bool TryFindCompactDate(string text, out LocalDate date, out int index)
    {
        date = default;
        index = -1;
        if (!HasDigit(text))
        {
            return false;
        }

        try
        {
            foreach (Match found in CompactDatePattern().Matches(text))
            {
                if (TryMakeDate(found.Groups["y"].Value, found.Groups["m"].Value, found.Groups["d"].Value, out date))
                {
                    index = found.Index;
                    return true;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: nothing found.
        }

        return false;
    }

    private static IEnumerable<DateMatch> EnumerateDates(string text, int? defaultYear)
    {
        if (!HasDigit(text))
        {
            yield break;
        }

        var coarse = defaultYear is null ? CoarseDateWithYear.Value : CoarseDate.Value;
        var at = 0;
        var rejected = 0;
        while (rejected < MaxRejectedCandidates)
        {
            var start = CoarsePattern.NextStart(coarse, text, at);
            if (start < 0)
            {
                yield break;
            }

            if (MatchAt(DatePattern(), text, start) is { } found && TryReadDate(found, defaultYear, out var date))
            {
                yield return date;
                at = found.Index + Math.Max(found.Length, 1);
            }
            else
            {
                rejected++;
                at = start + 1;
            }
        }
    }

    // The precise patterns start with \G: they match at this position or not at all.
    private static Match? MatchAt(Regex pattern, string text, int at)
    {
        try
        {
            var found = pattern.Match(text, at);
            return found.Success ? found : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static bool TryReadDate(Match found, int? defaultYear, out DateMatch match)
    {
        match = default;
        var groups = found.Groups;
        LocalDate date;
        var hasYear = true;
        if (groups["mn"].Success)
        {
            var month = MonthNumber(groups["mn"].Value);
            if (groups["my"].Success)
            {
                if (!TryMakeDate(Number(groups["my"].Value), month, Number(groups["md"].Value), out date))
                {
                    return false;
                }
            }
            else
            {
                // "may 5" in lower case is more often the verb than the month.
                if (defaultYear is not { } year || string.Equals(groups["mn"].Value, "may", StringComparison.Ordinal)
                    || !TryMakeDate(year, month, Number(groups["md"].Value), out date))
                {
                    return false;
                }

                hasYear = false;
            }
        }
        else if (groups["dm"].Success)
        {
            if (!TryMakeDate(Number(groups["dy"].Value), MonthNumber(groups["dm"].Value), Number(groups["dd"].Value), out date))
            {
                return false;
            }
        }
        else if (groups["iy"].Success)
        {
            if (!TryMakeDate(groups["iy"].Value, groups["im"].Value, groups["id"].Value, out date))
            {
                return false;
            }
        }
        else if (groups["sy"].Success)
        {
            if (!TryMakeDate(groups["sy"].Value, groups["sm"].Value, groups["sd"].Value, out date))
            {
                return false;
            }
        }
        else
        {
            // "12/17/2019" is US month/day/year unless the first number cannot be a month; "22.10.2025" is day.month.year.
            int first = Number(groups["na"].Value), second = Number(groups["nb"].Value), year = Number(groups["ny"].Value);
            var dayFirst = groups["dot"].Success || first > 12;
            if (!(dayFirst ? TryMakeDate(year, second, first, out date) : TryMakeDate(year, first, second, out date)))
            {
                return false;
            }
        }

        match = new DateMatch(date, found.Index, found.Length, hasYear);
        return true;
    }

    private static bool TryReadTime(Match found, out TimeMatch match)
    {
        match = default;
        var groups = found.Groups;
        if (groups["iso"].Success)
        {
            return TryReadIsoTime(found, out match);
        }

        string? zoneId = null;
        Offset? fixedOffset = null;
        var endIndex = groups["tp"].Index + groups["tp"].Length;
        if (groups["z"].Success && TryReadZone(groups["z"].Value, out zoneId, out fixedOffset))
        {
            endIndex = groups["z"].Index + groups["z"].Length;
            if (groups["pp"].Success && TryReadZone(groups["pz"].Value, out _, out _))
            {
                // A named zone wins over the offset in brackets: "US Pacific Time (UTC-7)" is Los Angeles.
                endIndex = groups["pp"].Index + groups["pp"].Length;
            }
        }
        else if (groups["pp"].Success && TryReadZone(groups["pz"].Value, out zoneId, out fixedOffset))
        {
            endIndex = groups["pp"].Index + groups["pp"].Length;
        }

        var hasZone = zoneId is not null || fixedOffset is not null;

        if (!TryReadPoint(groups, "s", out var start, out var startMeridiem, out var startAnchored))
        {
            return false;
        }

        LocalTime? end = null;
        if (groups["eh"].Success || groups["ew"].Success)
        {
            if (!TryReadPoint(groups, "e", out var endTime, out var endMeridiem, out var endAnchored))
            {
                return false;
            }

            // A bare hour range such as "2-3 people" is not a time unless a meridiem, minutes or a zone says so.
            if (!startAnchored && !endAnchored && !hasZone)
            {
                return false;
            }

            if (startMeridiem is null && endMeridiem is { } pm && start.Hour is >= 1 and <= 12)
            {
                // "1:00-2:30pm" is 13:00-14:30; "11-1pm" is 11:00-13:00.
                var shared = ApplyMeridiem(start.Hour, pm);
                var other = ApplyMeridiem(start.Hour, !pm);
                var candidate = new LocalTime(shared, start.Minute, start.Second);
                start = candidate <= endTime ? candidate : new LocalTime(other, start.Minute, start.Second);
            }
            else if (startMeridiem is true && endMeridiem is null && !groups["ew"].Success && endTime.Hour < 12 && endTime < start)
            {
                // "1pm-2:30" is 13:00-14:30.
                endTime = endTime.PlusHours(12);
            }

            end = endTime;
        }
        else if (!startAnchored && !hasZone)
        {
            return false;
        }

        if (groups["shm"].Success && !hasZone)
        {
            // "1430" alone is a number; "1430 UTC" is a time.
            return false;
        }

        match = new TimeMatch(start, end, zoneId, fixedOffset, found.Index, endIndex - found.Index);
        return true;
    }

    // Reads the start ("s") or end ("e") time point. Meridiem: true for pm, false for am, null when not written.
    // Anchored: written with minutes, a meridiem or as a word, so it is a time even without a zone.
    private static bool TryReadPoint(GroupCollection groups, string prefix, out LocalTime time, out bool? meridiem, out bool anchored)
    {
        time = default;
        meridiem = null;
        anchored = true;
        var word = groups[prefix + "w"];
        if (word.Success)
        {
            time = word.Value.StartsWith('n') || word.Value.StartsWith('N') ? LocalTime.Noon : LocalTime.Midnight;
            return true;
        }

        var compact = groups[prefix + "hm"];
        if (compact.Success)
        {
            var hour = Number(compact.Value[..2]);
            if (hour > 23)
            {
                return false;
            }

            time = new LocalTime(hour, Number(compact.Value[2..]));
            return true;
        }

        var hours = Number(groups[prefix + "h"].Value);
        var minutesGroup = groups[prefix + "m"];
        var minutes = minutesGroup.Success ? Number(minutesGroup.Value) : 0;
        var meridiemGroup = groups[prefix + "ap"];
        if (meridiemGroup.Success)
        {
            if (hours is < 1 or > 12)
            {
                return false;
            }

            var pm = meridiemGroup.Value.AsSpan().Trim()[0] is 'p' or 'P';
            meridiem = pm;
            time = new LocalTime(ApplyMeridiem(hours, pm), minutes, Seconds(groups, prefix));
            return true;
        }

        if (hours > 23)
        {
            return false;
        }

        anchored = minutesGroup.Success;
        time = new LocalTime(hours, minutes, Seconds(groups, prefix));
        return true;
    }

    private static int Seconds(GroupCollection groups, string prefix) =>
        groups[prefix + "s"] is { Success: true } seconds ? Number(seconds.Value) : 0;

    private static int ApplyMeridiem(int hour12, bool pm) => (hour12 % 12) + (pm ? 12 : 0);

    private static bool TryReadZone(string text, out string? zoneId, out Offset? fixedOffset)
    {
        fixedOffset = null;
        if (ZoneNames.TryParseOffset(text, out var offset))
        {
            fixedOffset = offset;
            zoneId = ZoneNames.TryGetOffsetId(offset, out var offsetId) ? offsetId : null;
            return true;
        }

        if (ZoneNames.TryResolve(text, out var id))
        {
            zoneId = id;
            return true;
        }

        zoneId = null;
        return false;
    }

    private static bool TryReadIsoTime(Match found, out TimeMatch match)
    {
        match = default;
        var groups = found.Groups;
        int hour = Number(groups["ih"].Value), minute = Number(groups["im"].Value);
        var second = groups["is"].Success ? Number(groups["is"].Value) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        string? zoneId = null;
        Offset? fixedOffset = null;
        if (groups["io"].Success)
        {
            var text = groups["io"].Value;
            if (text is "z" or "Z")
            {
                zoneId = "UTC";
            }
            else
            {
                var sign = text[0] == '-' ? -1 : 1;
                var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
                int offsetHours = Number(digits[..2]), offsetMinutes = Number(digits[2..]);
                if (offsetHours > 14 || offsetMinutes > 59)
                {
                    return false;
                }

                var offset = Offset.FromHoursAndMinutes(sign * offsetHours, sign * offsetMinutes);
                fixedOffset = offset;
                zoneId = ZoneNames.TryGetOffsetId(offset, out var offsetId) ? offsetId : null;
            }
        }

        match = new TimeMatch(new LocalTime(hour, minute, second), null, zoneId, fixedOffset, found.Index, found.Length);
        return true;
    }

    private static DateTimeZone? FindZone(string? zoneText)
    {
        if (string.IsNullOrWhiteSpace(zoneText))
        {
            return null;
        }

        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneText)
            ?? (ZoneNames.TryResolve(zoneText, out var id) ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) : null);
    }

    private static bool TryMakeDate(string year, string month, string day, out LocalDate date) =>
        TryMakeDate(Number(year), Number(month), Number(day), out date);

    private static bool TryMakeDate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year is < 1900 or > 2199 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static int MonthNumber(string name) => char.ToLowerInvariant(name[0]) switch
    {
        'j' when name.Length > 1 && char.ToLowerInvariant(name[1]) == 'a' => 1,
        'j' when name.Length > 2 && char.ToLowerInvariant(name[2]) == 'n' => 6,
        'j' => 7,
        'f' => 2,
        'm' when char.ToLowerInvariant(name[2]) == 'r' => 3,
        'm' => 5,
        'a' when char.ToLowerInvariant(name[1]) == 'p' => 4,
        'a' => 8,
        's' => 9,
        'o' => 10,
        'n' => 11,
        _ => 12,
    };

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    private static bool MayHoldTime(string text) =>
        HasDigit(text) || text.Contains("noon", StringComparison.OrdinalIgnoreCase) || text.Contains("midnight", StringComparison.OrdinalIgnoreCase);
}
