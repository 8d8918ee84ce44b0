using NodaTime;

namespace Docket.Meetings.Scheduling;

/// <summary>The local times of one meeting for each member, for the agenda's time table.</summary>
public static class MeetingTimes
{
    /// <summary>
    /// Each member's start and end in their own zone, ordered from the earliest local clock (the
    /// westernmost offset) to the latest, then by name, so the table reads like a world clock.
    /// </summary>
    public static IReadOnlyList<MemberTime> For(Occurrence occurrence, IEnumerable<(string Person, DateTimeZone Zone)> members)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(members);
        return members
            .Select(m =>
            {
                var start = occurrence.Start.WithZone(m.Zone);
                var shift = Period.Between(occurrence.Date, start.Date, PeriodUnits.Days).Days;
                return new MemberTime(m.Person, m.Zone, start, occurrence.End.WithZone(m.Zone), shift);
            })
            .OrderBy(t => t.Start.Offset)
            .ThenBy(t => t.Person, StringComparer.Ordinal)
            .ToList();
    }
}
