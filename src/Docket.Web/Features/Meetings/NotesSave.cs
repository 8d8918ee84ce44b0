namespace Docket.Web.Features.Meetings;

/// <summary>What saving web notes did.</summary>
public sealed record NotesSave(NotesSaveStatus Status, int MeetingId, int Decisions, int Actions, string? Error)
{
    public static NotesSave NotEditable { get; } = new(NotesSaveStatus.NotEditable, 0, 0, 0, null);

    public static NotesSave Stale { get; } = new(NotesSaveStatus.Stale, 0, 0, 0, null);

    public static NotesSave Failed(string error) => new(NotesSaveStatus.Failed, 0, 0, 0, error);

    public static NotesSave Saved(int meetingId, int decisions, int actions) => new(NotesSaveStatus.Saved, meetingId, decisions, actions, null);
}
