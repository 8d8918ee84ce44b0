namespace Docket.Web.Features.Browse;

/// <summary>An action item the viewer may read; <paramref name="AgeDays"/> counts from the first readable meeting that mentions it; <paramref name="MeetingId"/> is the latest such meeting.</summary>
public sealed record ActionSummary(
    int Id,
    string Series,
    string Text,
    string Status,
    IReadOnlyList<PersonRef> Owners,
    string? FirstDate,
    string? LastDate,
    int? AgeDays,
    int MeetingCount,
    int MeetingId);
