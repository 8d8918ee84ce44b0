using System.Globalization;
using NodaTime.Text;

namespace Docket.Web.Features.Browse;

/// <summary>The pages' way of showing the API's ISO times and dates to people.</summary>
public static class DisplayTimes
{
    private static readonly OffsetDateTimePattern Iso = BrowseQueries.TimePattern;

    /// <summary><c>Thu 4 Jan 2024, 11:00</c> from <c>2024-01-04T11:00:00-08:00</c>; the text itself when it is not one.</summary>
    public static string When(string iso)
    {
        var parsed = Iso.Parse(iso);
        return parsed.Success ? parsed.Value.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) : iso;
    }

    /// <summary><c>11:00</c> from an ISO time.</summary>
    public static string Clock(string iso)
    {
        var parsed = Iso.Parse(iso);
        return parsed.Success ? parsed.Value.ToString("HH:mm", CultureInfo.InvariantCulture) : iso;
    }

    public static string Days(int? days) => days switch
    {
        null => "",
        1 => "1 day",
        _ => string.Create(CultureInfo.InvariantCulture, $"{days} days"),
    };
}
