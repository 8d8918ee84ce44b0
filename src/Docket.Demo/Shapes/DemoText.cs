using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Docket.Demo.Shapes;

/// <summary>Dates and times as the notes write them, in the invariant culture.</summary>
internal static class DemoText
{
    public static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    /// <summary><c>Thursday, March 5, 2026</c></summary>
    public static readonly LocalDatePattern Long = LocalDatePattern.Create("dddd, MMMM d, uuuu", CultureInfo.InvariantCulture);

    /// <summary><c>March 5, 2026</c></summary>
    public static readonly LocalDatePattern MonthDayYear = LocalDatePattern.Create("MMMM d, uuuu", CultureInfo.InvariantCulture);

    public static readonly LocalTimePattern Clock = LocalTimePattern.Create("HH:mm", CultureInfo.InvariantCulture);

    public static string Time(ZonedDateTime at) => Clock.Format(at.TimeOfDay);

    public static string Utc(Instant at) => Clock.Format(at.InUtc().TimeOfDay);

    public static string Weekday(ZonedDateTime at) => at.DayOfWeek.ToString();
}
