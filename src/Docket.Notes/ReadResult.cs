using Docket.Notes.Diagnostics;
using Docket.Notes.Model;

namespace Docket.Notes;

/// <summary>The outcome of reading one file: a document, or the reasons there is none.</summary>
public sealed record ReadResult
{
    private ReadResult(NotesDocument? document, IReadOnlyList<NotesDiagnostic> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>The document, when the file could be read.</summary>
    public NotesDocument? Document { get; }

    /// <summary>Why the file could not be read; empty on success.</summary>
    public IReadOnlyList<NotesDiagnostic> Errors { get; }

    /// <summary>Whether <see cref="Document"/> is there.</summary>
    public bool Succeeded => Document is not null;

    internal static ReadResult Success(NotesDocument document) => new(document, []);

    /// <summary>A failed read, for hosts that find a problem before the reader sees the content (an unreadable file).</summary>
    public static ReadResult Failure(NotesDiagnostic error) => new(null, [error]);
}
