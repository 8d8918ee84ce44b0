namespace Docket.Meetings.Scheduling;

/// <summary>Whether a meeting of the series happens as the rule says, moved, or not at all.</summary>
public enum OccurrenceStatus
{
    Scheduled,
    Moved,
    Skipped,
}
