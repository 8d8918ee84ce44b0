using System.Security.Cryptography;
using Docket.Notes;
using Docket.Notes.Diagnostics;
using NotesMeeting = Docket.Notes.Model.Meeting;

namespace Docket.Store.Import;

/// <summary>
/// A file read and understood, ready to store: everything an import does that needs no database,
/// so it can run ahead of the writer on another core.
/// </summary>
internal sealed record PreparedFile(ImportRequest Request, string Sha256, IReadOnlyList<NotesMeeting> Meetings, string[] Lines)
{
    public string Path => Request.Path;

    /// <summary>Reads the file; a file that cannot be read gives a failed import instead.</summary>
    public static (PreparedFile? File, FileImport? Failure) Prepare(ImportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = NotesReaderOptions.Default;
        if (options.CheckSize(request.Content.Length) is { } tooLarge)
        {
            return (null, FileImport.Failed(request.Path, tooLarge));
        }

        var read = NotesReader.Read(request.Content.Span, request.Path, options);
        if (!read.Succeeded)
        {
            return (null, FileImport.Failed(request.Path, read.Errors[0]));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(request.Content.Span));
        return (new PreparedFile(request, sha256, read.Document!.Meetings, SourceLines.Split(request.Content.Span)), null);
    }

    public FileImport Fail(string message) => FileImport.Failed(Path, new NotesDiagnostic(DiagnosticCodes.Unreadable, 1, message));
}
