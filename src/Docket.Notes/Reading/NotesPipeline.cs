using Markdig;

namespace Docket.Notes.Reading;

/// <summary>
/// The one Markdig pipeline for reading notes, built once. Only what notes use: front matter, pipe
/// tables, task lists, strike-through. Never GenericAttributes (shared/design/security.md, item 1).
/// </summary>
internal static class NotesPipeline
{
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();
}
