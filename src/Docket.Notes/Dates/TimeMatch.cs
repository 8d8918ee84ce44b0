using NodaTime;

namespace Docket.Notes.Dates;

/// <summary>
/// A time of day or a time range found in text, with the zone if one was written.
/// </summary>
/// <param name="Start">The start time.</param>
/// <param name="End">The end time of a range; earlier than <see cref="Start"/> when the range crosses midnight.</param>
/// <param name="ZoneId">
/// The IANA id of the written zone ("ET" gives "America/New_York"; "UTC-7" gives "Etc/GMT+7"); null when no zone was
/// written, or when the zone is an offset that no IANA id names (UTC+05:30), which <see cref="FixedOffset"/> then holds.
/// </param>
/// <param name="FixedOffset">The offset when the zone was written as a bare offset ("UTC-7", an ISO "-05:00"); null otherwise.</param>
/// <param name="Index">Where the written time starts in the text.</param>
/// <param name="Length">How many characters it spans, including the zone when one was recognised.</param>
internal readonly record struct TimeMatch(LocalTime Start, LocalTime? End, string? ZoneId, Offset? FixedOffset, int Index, int Length);
