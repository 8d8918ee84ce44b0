namespace Docket.Notes.Reading.Outline;

/// <summary>
/// One logical line of notes with the structure around it: what it is, how deep it sits, its plain
/// text, and the links it carries. Extraction works on these, never on raw Markdown.
/// </summary>
internal sealed class NoteLine
{
    private List<NoteLine>? _children;

    /// <summary>Position in <see cref="NotesOutline.Lines"/>.</summary>
    public int Index { get; init; }

    /// <summary>The 1-based source line.</summary>
    public int Line { get; init; }

    public LineKind Kind { get; init; }

    /// <summary>Heading level (1-6), 0 for anything else.</summary>
    public int Level { get; init; }

    /// <summary>The source column of the bullet or first character: the nesting that people meant, even where CommonMark disagrees.</summary>
    public int Indent { get; init; }

    /// <summary>Plain text: emphasis and link syntax removed, link texts kept, code spans kept.</summary>
    public string Text { get; set; } = "";

    /// <summary>
    /// <see cref="Text"/> with the content of code spans blanked (unless the span is itself a marker such as
    /// <c>`[TODO]`</c>), so that <c>`#todo:person`</c> in a template line is not taken for a marker.
    /// </summary>
    public string MatchText { get; set; } = "";

    /// <summary><c>null</c> for a plain line; <c>false</c>/<c>true</c> for an unchecked/checked task.</summary>
    public bool? Task { get; init; }

    /// <summary>The whole line is strong emphasis (<c>**Aaron to fix builds**</c>).</summary>
    public bool Bold { get; set; }

    /// <summary>The whole line is struck through.</summary>
    public bool Struck { get; set; }

    /// <summary>A <c>--field</c> line listed under an item: a detail of it, never an item of its own.</summary>
    public bool Detail { get; init; }

    /// <summary>Inside a block quote.</summary>
    public bool Quoted { get; init; }

    /// <summary>Cells of a table row.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>The table this row belongs to, by its header cells.</summary>
    public IReadOnlyList<string> TableHeader { get; init; } = [];

    /// <summary>URLs of inline links and autolinks (not those of reference definitions).</summary>
    public List<string> Links { get; } = [];

    /// <summary>The item or text line this one nests under, within its section.</summary>
    public NoteLine? Parent { get; set; }

    /// <summary>The nearest heading above.</summary>
    public NoteLine? Heading { get; set; }

    /// <summary>Lines that nest under this one (items and their continuations).</summary>
    public IReadOnlyList<NoteLine> Children => _children ?? (IReadOnlyList<NoteLine>)[];

    public bool IsListLike => Kind is LineKind.Item or LineKind.Text;

    internal void AddChild(NoteLine child) => (_children ??= []).Add(child);

    public override string ToString() => $"{Line}:{Kind}/{Indent} {Text}";
}
