using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Docket.Notes.Irc;

/// <summary>
/// The calendar date of every line of a log. Most clients write only the time, so the date comes from the
/// line itself when it has one, else from the file name (<c>magazine.2020-06-10-12.02.log.txt</c>), else from
/// the log (MeetBot's "Meeting started Wed Jun 10 ... 2020", RRSAgent's <c>www.w3.org/2023/11/01-vcwg-irc</c>),
/// and moves to the next day when the clock goes back past midnight.
/// </summary>
internal sealed partial class IrcLogCalendar
{
    private readonly int[] _lineNumbers;
    private readonly LocalDate?[] _dates;

    private IrcLogCalendar(int[] lineNumbers, LocalDate?[] dates)
    {
        _lineNumbers = lineNumbers;
        _dates = dates;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateInName();

    [GeneratedRegex(@"Meeting started \w{3} (?<mon>\w{3}) +(?<d>\d{1,2}) \d\d:\d\d:\d\d (?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex MeetBotStarted();

    [GeneratedRegex(@"w3\.org/(?<y>(?:19|20)\d\d)/(?<m>\d\d)/(?<d>\d\d)-[\w-]+-irc", RegexOptions.CultureInvariant)]
    private static partial Regex W3cLogUrl();

    public static IrcLogCalendar Create(string source, IReadOnlyList<IrcLine> lines)
    {
        var current = DateFromName(Path.GetFileName(source)) ?? DateFromLog(lines);
        var numbers = new int[lines.Count];
        var dates = new LocalDate?[lines.Count];
        LocalTime? previous = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            numbers[i] = line.Line;
            if (line.Date is { } own)
            {
                current = own;
            }
            else if (current is { } day && line.Time is { } time && previous is { } before
                && before.TickOfDay - time.TickOfDay > TimeSpan.TicksPerHour)
            {
                // The clock went back by more than a little jitter: midnight passed.
                current = day.PlusDays(1);
            }

            previous = line.Time ?? previous;
            dates[i] = current;
        }

        return new IrcLogCalendar(numbers, dates);
    }

    /// <summary>The date of a line of the log, when it can be known.</summary>
    public LocalDate? DateOf(IrcLine line)
    {
        var index = Array.BinarySearch(_lineNumbers, line.Line);
        return index >= 0 ? _dates[index] : null;
    }

    /// <summary>The line's moment: its date and time at its own offset, or at <paramref name="fallback"/> (UTC for bot logs).</summary>
    public OffsetDateTime? MomentOf(IrcLine line, Offset? fallback)
    {
        var offset = line.Offset ?? fallback;
        return DateOf(line) is { } date && line.Time is { } time && offset is { } known
            ? date.At(time).WithOffset(known)
            : null;
    }

    internal static LocalDate? DateFromName(string name)
    {
        var match = IsoDateInName().Match(name);
        return match.Success ? ToDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) : null;
    }

    private static LocalDate? DateFromLog(IReadOnlyList<IrcLine> lines)
    {
        // Only the head of the log: these lines come right after the bot joins or the meeting starts.
        foreach (var line in lines.Take(200))
        {
            if (line.Date is { } own)
            {
                return own;
            }

            if (line.Text.Contains("Meeting started", StringComparison.Ordinal) && MeetBotStarted().Match(line.Text) is { Success: true } started
                && DateTime.TryParseExact($"{started.Groups["y"].Value} {started.Groups["mon"].Value} {started.Groups["d"].Value}",
                    "yyyy MMM d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return LocalDate.FromDateTime(parsed);
            }

            if (line.Text.Contains("w3.org/", StringComparison.Ordinal) && W3cLogUrl().Match(line.Text) is { Success: true } url)
            {
                return ToDate(url.Groups["y"].Value, url.Groups["m"].Value, url.Groups["d"].Value);
            }
        }

        return null;
    }

    private static LocalDate? ToDate(string year, string month, string day)
    {
        int y = int.Parse(year, CultureInfo.InvariantCulture), m = int.Parse(month, CultureInfo.InvariantCulture),
            d = int.Parse(day, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, m) ? new LocalDate(y, m, d) : null;
    }
}
