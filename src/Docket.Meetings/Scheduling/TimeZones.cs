using NodaTime;

namespace Docket.Meetings.Scheduling;

/// <summary>IANA zones from NodaTime's tz database, found whatever the case the user typed them in.</summary>
internal static class TimeZones
{
    private static readonly Lazy<Dictionary<string, string>> Ids = new(() =>
        DateTimeZoneProviders.Tzdb.Ids.ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase));

    public static DateTimeZone? Find(string name)
    {
        if (name.Equals("Z", StringComparison.OrdinalIgnoreCase))
        {
            return DateTimeZone.Utc;
        }

        return Ids.Value.TryGetValue(name, out var id) ? DateTimeZoneProviders.Tzdb[id] : null;
    }

    /// <summary>The message for a zone the database does not have, with the nearest name when one is close.</summary>
    public static string Unknown(string name)
    {
        if (!name.Contains('/', StringComparison.Ordinal))
        {
            // An abbreviation (PST, CEST) says nothing about daylight saving: no near-miss to offer.
            return $"unknown time zone '{name}': use an IANA name such as America/Los_Angeles, Europe/Berlin or UTC";
        }

        var nearest = Ids.Value.Keys
            .Select(id => (id, distance: Distance(id.ToUpperInvariant(), name.ToUpperInvariant())))
            .MinBy(x => x.distance);
        return nearest.distance <= Math.Max(2, name.Length / 5)
            ? $"unknown time zone '{name}' (did you mean {nearest.id}?)"
            : $"unknown time zone '{name}': use an IANA name such as America/Los_Angeles, Europe/Berlin or UTC";
    }

    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
