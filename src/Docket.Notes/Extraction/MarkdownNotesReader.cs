using Docket.Notes.Model;
using Docket.Notes.Reading;

namespace Docket.Notes.Extraction;

/// <summary>Reads Markdown notes into meetings.</summary>
internal static class MarkdownNotesReader
{
    public static IReadOnlyList<Meeting> Read(SourceText source) => [];
}
