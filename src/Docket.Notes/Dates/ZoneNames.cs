using System.Collections.Frozen;
using System.Globalization;
using NodaTime;

namespace Docket.Notes.Dates;

/// <summary>
/// Turns a zone as people write it ("ET", "US Pacific Time", "America/Los_Angeles", "UTC-7") into an IANA id.
/// </summary>
/// <remarks>
/// Abbreviations name a place, not an offset: "PDT" in January still means Los Angeles, and the offset comes
/// from tzdb for the meeting's date. Abbreviations must be written in capitals, so "et al." is never Eastern time.
/// </remarks>
internal static class ZoneNames
{
    private const string Eastern = "America/New_York";
    private const string Central = "America/Chicago";
    private const string Mountain = "America/Denver";
    private const string Pacific = "America/Los_Angeles";

    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["UTC"] = "UTC", ["GMT"] = "UTC", ["Z"] = "UTC", ["UT"] = "UTC",
        ["ET"] = Eastern, ["EST"] = Eastern, ["EDT"] = Eastern,
        ["CT"] = Central, ["CST"] = Central, ["CDT"] = Central,
        ["MT"] = Mountain, ["MST"] = Mountain, ["MDT"] = Mountain,
        ["PT"] = Pacific, ["PST"] = Pacific, ["PDT"] = Pacific,
        ["CET"] = "Europe/Berlin", ["CEST"] = "Europe/Berlin",
        ["BST"] = "Europe/London",
        ["JST"] = "Asia/Tokyo",
        ["IST"] = "Asia/Kolkata",
        ["AEST"] = "Australia/Sydney", ["AEDT"] = "Australia/Sydney",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Written-out names, after "US " and " Time" and " Standard"/" Daylight"/" Summer" are taken off, lower case.
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["utc"] = "UTC", ["gmt"] = "UTC", ["zulu"] = "UTC", ["coordinated universal"] = "UTC", ["greenwich mean"] = "UTC",
        ["eastern"] = Eastern, ["us eastern"] = Eastern,
        ["central"] = Central, ["us central"] = Central,
        ["mountain"] = Mountain, ["us mountain"] = Mountain,
        ["pacific"] = Pacific, ["us pacific"] = Pacific,
        ["central european"] = "Europe/Berlin",
        ["british"] = "Europe/London",
        ["japan"] = "Asia/Tokyo",
        ["india"] = "Asia/Kolkata",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, string>> TzdbIds = new(() =>
        DateTimeZoneProviders.Tzdb.Ids.Where(id => id.Contains('/', StringComparison.Ordinal))
            .ToFrozenDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase));

    /// <summary>The IANA id for <paramref name="zoneText"/>, or false when it names no zone Docket knows.</summary>
    public static bool TryResolve(string zoneText, out string zoneId)
    {
        zoneId = "";
        var text = zoneText.Trim().Trim('(', ')', '[', ']').Trim();
        if (text.Length == 0 || text.Length > 64)
        {
            return false;
        }

        if (Abbreviations.TryGetValue(text, out var id))
        {
            zoneId = id;
            return true;
        }

        if (TryParseOffset(text, out var offset))
        {
            return TryGetOffsetId(offset, out zoneId);
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            if (TzdbIds.Value.TryGetValue(text.Replace(' ', '_'), out var ianaId))
            {
                zoneId = ianaId;
                return true;
            }

            return false;
        }

        var name = NormaliseName(text);
        if (Names.TryGetValue(name, out id))
        {
            zoneId = id;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads "UTC-7", "GMT+2", "UTC+05:30", "UTC−0800" (with a Unicode minus) as an offset.
    /// </summary>
    public static bool TryParseOffset(string text, out Offset offset)
    {
        offset = Offset.Zero;
        var span = text.AsSpan().Trim();
        if (span.Length < 5 || !(span.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) || span.StartsWith("GMT", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        span = span[3..].TrimStart();
        if (span.Length < 2)
        {
            return false;
        }

        var sign = span[0] switch
        {
            '+' => 1,
            '-' or '\u2212' => -1,
            _ => 0,
        };
        if (sign == 0)
        {
            return false;
        }

        span = span[1..].Trim();
        int hours;
        var minutes = 0;
        var colon = span.IndexOf(':');
        if (colon >= 0)
        {
            if (!int.TryParse(span[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hours)
                || !int.TryParse(span[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minutes))
            {
                return false;
            }
        }
        else if (span.Length <= 2)
        {
            if (!int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out hours))
            {
                return false;
            }
        }
        else if (span.Length == 4)
        {
            if (!int.TryParse(span[..2], NumberStyles.None, CultureInfo.InvariantCulture, out hours)
                || !int.TryParse(span[2..], NumberStyles.None, CultureInfo.InvariantCulture, out minutes))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = Offset.FromHoursAndMinutes(sign * hours, sign * minutes);
        return true;
    }

    /// <summary>
    /// The IANA id of a fixed offset: "UTC" for zero, "Etc/GMT+7" for -07:00 (tzdb's Etc names invert the sign);
    /// false for offsets that are not whole hours or that tzdb does not name.
    /// </summary>
    public static bool TryGetOffsetId(Offset offset, out string zoneId)
    {
        zoneId = "";
        if (offset == Offset.Zero)
        {
            zoneId = "UTC";
            return true;
        }

        if (offset.Seconds % 3600 != 0)
        {
            return false;
        }

        var hours = offset.Seconds / 3600;
        var id = string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(hours < 0 ? "+" : "-")}{Math.Abs(hours)}");
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is null)
        {
            return false;
        }

        zoneId = id;
        return true;
    }

    private static string NormaliseName(string text)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (words.Count > 0 && words[^1] == "time")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 0 && words[^1] is "standard" or "daylight" or "summer")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 1 && words[0] == "us")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }
}
