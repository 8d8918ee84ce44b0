using NodaTime;

namespace Docket.Meetings.Scheduling;

/// <summary>
/// What a cadence gets when its words leave something out (<c>monthly on the 2nd Wednesday</c> has
/// no time or zone). The canonical words always spell these out, so nothing stays hidden.
/// </summary>
public sealed record CadenceDefaults
{
    /// <summary>Midnight UTC, one hour: a series' own settings should normally take their place.</summary>
    public static CadenceDefaults Standard { get; } = new();

    public LocalTime StartTime { get; init; } = LocalTime.Midnight;

    public DateTimeZone Zone { get; init; } = DateTimeZone.Utc;

    public Duration Length { get; init; } = Duration.FromHours(1);
}
