namespace Docket.Notes.Reading.Outline;

/// <summary>What a line of notes is, structurally.</summary>
internal enum LineKind
{
    /// <summary>An ATX or setext heading.</summary>
    Heading,

    /// <summary>The first line of a list item (or of a pseudo-bullet such as <c> ** NOTE:</c>).</summary>
    Item,

    /// <summary>A line of a paragraph outside a list, or a paragraph line that starts a new thought inside one.</summary>
    Text,

    /// <summary>A body row of a table.</summary>
    TableRow,

    /// <summary>A line of a code block (indented or fenced).</summary>
    Code,

    /// <summary>A thematic break (<c>---</c>).</summary>
    Break,
}
