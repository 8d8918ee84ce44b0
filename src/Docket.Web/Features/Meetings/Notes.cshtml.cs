using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Meetings;

/// <summary>Edit a web meeting's notes; for notes imported from a file, say how to change them.</summary>
public sealed class NotesModel(MeetingReader reader, WebNotes notes) : DocketPage
{
    public MeetingView Meeting { get; private set; } = null!;

    [BindProperty]
    public string Text { get; set; } = "";

    /// <summary>The version of the notes the editor was read at.</summary>
    [BindProperty]
    public string? Version { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Text = Meeting.IsWeb ? await notes.TextAsync(Meeting.SourcePath!, cancellationToken) : Meeting.Notes ?? "";
        Version = Meeting.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Meeting.CanWrite)
        {
            return Viewer.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        }

        var saved = await notes.SaveAsync(Meeting, Text ?? "", Version, cancellationToken);
        switch (saved.Status)
        {
            case NotesSaveStatus.Saved:
                return Redirect($"/meetings/{saved.MeetingId}");
            case NotesSaveStatus.Stale:
                Problem = "Someone saved these notes after you opened them, so yours were not saved (nothing was overwritten). Copy your text, reload this page to see theirs, and add your changes again.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case NotesSaveStatus.NotEditable:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                Problem = "These notes could not be read, so they were not saved: " + saved.Error;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var meeting = await reader.ReadAsync(id, Viewer, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!meeting.CanRead)
        {
            return Viewer.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        }

        Meeting = meeting;
        return null;
    }
}
