using System.Globalization;
using Docket.Notes.Diagnostics;

namespace Docket.Notes;

/// <summary>Limits that keep hostile input from taking the reader down.</summary>
public sealed record NotesReaderOptions
{
    /// <summary>The defaults: generous for real notes (the largest real running document is about 1.5 MB).</summary>
    public static NotesReaderOptions Default { get; } = new();

    /// <summary>The largest file read, in bytes. Larger files are refused with a clear error.</summary>
    public int MaxBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The error for a file of <paramref name="length"/> bytes, or <c>null</c> when it is within the limit.</summary>
    public NotesDiagnostic? CheckSize(long length) => length <= MaxBytes
        ? null
        : new NotesDiagnostic(DiagnosticCodes.TooLarge, 1,
            $"the file is {FormatSize(length)}, more than the {FormatSize(MaxBytes)} a notes file may be");

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");
}
