using Docket.Store.Model;
using NodaTime;

namespace Docket.Web.Features.Meetings;

/// <summary>An action item as one meeting's notes mention it, with the item's current status across meetings.</summary>
public sealed record MeetingActionView(
    int Id,
    int MeetingId,
    string Text,
    IReadOnlyList<string> Owners,
    ActionStatus Status,
    bool DoneInNotes,
    LocalDate? Due,
    string? Topic,
    int Line,
    string? SourcePath,
    bool CanWrite)
{
    public string StatusText => Status.ToString().ToLowerInvariant();

    public string? SourceLocation => SourcePath is null ? null : SourcePath + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
