using System.Globalization;
using System.Text.RegularExpressions;

namespace Docket.Benchmarks.Archive;

/// <summary>
/// Moves every date it recognises by a whole number of weeks, so weekdays written beside a date
/// stay right: ISO dates (<c>2020-05-19</c>), "May 19, 2020" and "19 May 2020", with full or short month names.
/// </summary>
internal static partial class DateShift
{
    private static readonly string[] FullMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The month names and their short forms: never taken for a person's name.</summary>
    public static IEnumerable<string> MonthWords => FullMonths.Concat(ShortMonths).Append("Sept");

    /// <summary>The text with its dates moved by <paramref name="weeks"/>; <paramref name="shifted"/> counts them.</summary>
    public static string Apply(string text, int weeks, ref int shifted)
    {
        if (weeks == 0)
        {
            return text;
        }

        var count = 0;
        var days = weeks * 7;
        text = Iso().Replace(text, m =>
        {
            if (!TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date))
            {
                return m.Value;
            }

            count++;
            return date.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        });
        text = MonthFirst().Replace(text, m => Written(m, days, dayFirst: false, ref count));
        text = DayFirst().Replace(text, m => Written(m, days, dayFirst: true, ref count));
        shifted += count;
        return text;
    }

    private static string Written(Match m, int days, bool dayFirst, ref int count)
    {
        var monthText = m.Groups["month"].Value;
        var full = Array.FindIndex(FullMonths, n => n.Equals(monthText, StringComparison.OrdinalIgnoreCase));
        var month = full >= 0 ? full : Array.FindIndex(ShortMonths, n => monthText.StartsWith(n, StringComparison.OrdinalIgnoreCase));
        if (month < 0 || !TryDate(m.Groups["y"].Value, (month + 1).ToString(CultureInfo.InvariantCulture), m.Groups["d"].Value, out var date))
        {
            return m.Value;
        }

        count++;
        var moved = date.AddDays(days);
        var name = full >= 0 ? FullMonths[moved.Month - 1] : ShortMonths[moved.Month - 1];
        var day = moved.Day.ToString(CultureInfo.InvariantCulture);
        var year = moved.Year.ToString(CultureInfo.InvariantCulture);
        return dayFirst ? $"{day} {name} {year}" : $"{name} {day}, {year}";
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        // Years far from any meeting are version numbers or ids, not dates.
        if (y is < 1990 or > 2040 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? (?<d>\d{1,2})(?:st|nd|rd|th)?, (?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.? (?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();
}
