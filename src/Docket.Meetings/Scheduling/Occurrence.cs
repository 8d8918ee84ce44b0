using NodaTime;

namespace Docket.Meetings.Scheduling;

/// <summary>One meeting of a series.</summary>
/// <param name="RuleDate">The date the rule gave it: its identity, kept when the meeting moves (calendar UIDs use it).</param>
/// <param name="Start">When it starts, in the series' zone.</param>
/// <param name="End">When it ends: the start plus the series' length in elapsed time.</param>
/// <param name="Status">Scheduled, moved or skipped.</param>
/// <param name="Reason">Why it was moved or skipped, when someone said.</param>
public sealed record Occurrence(LocalDate RuleDate, ZonedDateTime Start, ZonedDateTime End, OccurrenceStatus Status, string? Reason)
{
    /// <summary>The local date it happens on, in the series' zone (differs from <see cref="RuleDate"/> after a move).</summary>
    public LocalDate Date => Start.Date;

    /// <summary>The instant it starts.</summary>
    public Instant Instant => Start.ToInstant();

    /// <summary>The instant it ends.</summary>
    public Instant EndInstant => End.ToInstant();
}
