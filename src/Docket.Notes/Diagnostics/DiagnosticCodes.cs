namespace Docket.Notes.Diagnostics;

/// <summary>The codes of <see cref="NotesDiagnostic"/>, stable across versions.</summary>
public static class DiagnosticCodes
{
    /// <summary>The file could not be read from disk.</summary>
    public const string Unreadable = "DN000";

    /// <summary>The file has no text at all.</summary>
    public const string Empty = "DN001";

    /// <summary>The file holds binary data, not text.</summary>
    public const string Binary = "DN002";

    /// <summary>The file is not valid UTF-8.</summary>
    public const string InvalidUtf8 = "DN003";

    /// <summary>The file is larger than a notes file can be.</summary>
    public const string TooLarge = "DN004";
}
