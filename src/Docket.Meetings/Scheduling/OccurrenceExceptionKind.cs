namespace Docket.Meetings.Scheduling;

/// <summary>What an exception does to one meeting of a series.</summary>
public enum OccurrenceExceptionKind
{
    Skip,
    Move,
}
