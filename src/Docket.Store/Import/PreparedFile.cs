using System.Security.Cryptography;
using Docket.Notes;
using Docket.Notes.Diagnostics;
using Docket.Store.Search;
using NotesMeeting = Docket.Notes.Model.Meeting;

namespace Docket.Store.Import;

/// <summary>
/// A file read and understood, ready to store: everything an import does that needs no database,
/// so it can run ahead of the writer on another core.
/// </summary>
internal sealed record PreparedFile(ImportRequest Request, string Sha256, IReadOnlyList<NotesMeeting> Meetings, IReadOnlyList<PreparedMeeting> Prepared)
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
        var meetings = read.Document!.Meetings;
        return (new PreparedFile(request, sha256, meetings, PreparedMeeting.Of(meetings, SourceLines.Of(request.Content.Span))), null);
    }

    public FileImport Fail(string message) => FileImport.Failed(Path, new NotesDiagnostic(DiagnosticCodes.Unreadable, 1, message));
}

/// <summary>
/// What a meeting's rows hold that its notes alone decide, worked out ahead of the writer: its last
/// line, its notes as text, and its search entries (without the ids the store gives them).
/// </summary>
internal sealed record PreparedMeeting(int EndLine, string Notes, IReadOnlyList<EntryDraft> Entries)
{
    public static IReadOnlyList<PreparedMeeting> Of(IReadOnlyList<NotesMeeting> meetings, SourceLines lines)
    {
        var ends = EndLines(meetings, lines.Count);
        var prepared = new PreparedMeeting[meetings.Count];
        for (var i = 0; i < meetings.Count; i++)
        {
            var notes = lines.Slice(meetings[i].Line, ends[i]);
            prepared[i] = new PreparedMeeting(ends[i], notes, SearchEntries.Drafts(meetings[i], notes));
        }

        return prepared;
    }

    /// <summary>Each meeting's last line: the line before the next meeting (in line order) starts, or the end of the file.</summary>
    private static int[] EndLines(IReadOnlyList<NotesMeeting> meetings, int lineCount)
    {
        var starts = meetings.Select(m => m.Line).Distinct().Order().ToArray();
        var ends = new int[meetings.Count];
        for (var i = 0; i < meetings.Count; i++)
        {
            var next = Array.BinarySearch(starts, meetings[i].Line) + 1;
            ends[i] = next < starts.Length ? starts[next] - 1 : lineCount;
        }

        return ends;
    }
}
