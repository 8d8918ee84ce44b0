namespace Docket.Meetings.Scheduling;

/// <summary>How often a cadence's rule repeats (RFC 5545 FREQ, the values a meeting can use).</summary>
public enum RecurrenceFrequency
{
    Daily,
    Weekly,
    Monthly,
    Yearly,
}
