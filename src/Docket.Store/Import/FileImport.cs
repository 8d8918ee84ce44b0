using Docket.Notes.Diagnostics;

namespace Docket.Store.Import;

/// <summary>What importing one file did.</summary>
public sealed record FileImport(string Path, ImportStatus Status, string? Series, int Meetings, int Decisions, int Actions, NotesDiagnostic? Error)
{
    public static FileImport Failed(string path, NotesDiagnostic error) => new(path, ImportStatus.Failed, null, 0, 0, 0, error);

    /// <summary>The error as <c>path:line: error CODE: message</c>.</summary>
    public string? ErrorText => Error?.Format(Path);
}
