using Docket.Store.Model;

namespace Docket.Store.Search;

/// <summary>
/// One thing found. <see cref="Snippet"/> marks the matched words between <see cref="HighlightStart"/>
/// and <see cref="HighlightEnd"/> (private-use characters, so no text can forge them) for each
/// front end to render its own way: Spectre markup, HTML <c>&lt;mark&gt;</c>.
/// </summary>
public sealed record SearchHit(long EntryId, SearchKind Kind, string Snippet, string Text, SourceRef Source)
{
    public const char HighlightStart = '\uE000';
    public const char HighlightEnd = '\uE001';

    /// <summary>The text without highlight marks: stored text never holds them, and a hit's text is its snippet unmarked.</summary>
    internal static string Unmarked(string text) =>
        text.AsSpan().IndexOfAny(HighlightStart, HighlightEnd) < 0
            ? text
            : text.Replace(HighlightStart.ToString(), "", StringComparison.Ordinal).Replace(HighlightEnd.ToString(), "", StringComparison.Ordinal);
}
