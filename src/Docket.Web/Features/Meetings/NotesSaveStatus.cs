namespace Docket.Web.Features.Meetings;

public enum NotesSaveStatus
{
    Saved,

    /// <summary>The notes changed since the editor read them; nothing was written.</summary>
    Stale,

    /// <summary>The meeting was imported from a file: edit the file and import it again.</summary>
    NotEditable,

    /// <summary>The text could not be read as notes; nothing was written.</summary>
    Failed,
}
