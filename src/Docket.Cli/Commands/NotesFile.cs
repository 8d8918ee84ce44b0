using Docket.Notes;
using Docket.Notes.Diagnostics;

namespace Docket.Cli.Commands;

/// <summary>Reads a notes file from disk, refusing oversized files before loading them.</summary>
internal static class NotesFile
{
    public static ReadResult Read(string path)
    {
        var options = NotesReaderOptions.Default;
        try
        {
            if (options.CheckSize(new FileInfo(path).Length) is { } tooLarge)
            {
                return ReadResult.Failure(tooLarge);
            }

            return NotesReader.Read(File.ReadAllBytes(path), path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failure(new NotesDiagnostic(DiagnosticCodes.Unreadable, 1, $"cannot read the file: {e.Message}"));
        }
    }
}
