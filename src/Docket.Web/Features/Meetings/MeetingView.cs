using Docket.Store.Model;
using NodaTime;

namespace Docket.Web.Features.Meetings;

/// <summary>
/// A meeting as one viewer may see it. When <see cref="CanRead"/> is false (an indexed meeting for
/// someone outside the team) only the title, date and series are filled: every content list is empty.
/// </summary>
public sealed record MeetingView(
    int Id,
    string? Title,
    int? Number,
    LocalDate? Date,
    OffsetDateTime? Start,
    OffsetDateTime? End,
    string? TimeZone,
    string? Location,
    int TeamId,
    string TeamSlug,
    string TeamName,
    int SeriesId,
    string SeriesSlug,
    string SeriesName,
    AccessLevel Access,
    bool CanRead,
    bool CanWrite,
    string? SourcePath,
    int Line,
    string? Notes,
    string? Version)
{
    public IReadOnlyList<MeetingView.AgendaItem> Agenda { get; init; } = [];

    public IReadOnlyList<MeetingView.Decision> Decisions { get; init; } = [];

    public IReadOnlyList<MeetingActionView> Actions { get; init; } = [];

    public IReadOnlyList<MeetingView.Question> Questions { get; init; } = [];

    public IReadOnlyList<MeetingView.Attendee> Attendees { get; init; } = [];

    public IReadOnlyList<MeetingView.Role> Roles { get; init; } = [];

    public IReadOnlyList<MeetingView.Update> Updates { get; init; } = [];

    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Whether the notes live on the web (edited here) rather than in a file that is imported.</summary>
    public bool IsWeb => SourcePath is { } path && WebNotes.IsWebPath(path);

    public string Heading => Title ?? (Date is { } d ? SeriesName + " " + d.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : SeriesName);

    /// <summary><c>path:line</c> of the notes, for a reader to open in an editor.</summary>
    public string? SourceLocation(int line) => SourcePath is null ? null : SourcePath + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public sealed record AgendaItem(int Id, string Title, int? Minutes, string? Proposer, int Line);

    public sealed record Decision(int Id, string Text, string? Topic, int Line);

    public sealed record Question(int Id, string Text, string? Topic, int Line);

    public sealed record Attendee(int PersonId, string Name);

    public sealed record Role(string Name, int PersonId, string Person);

    public sealed record Update(string Person, IReadOnlyList<string> Done, IReadOnlyList<string> Planned, IReadOnlyList<string> Blocked, int Line);
}
