using Docket.Notes.Extraction;
using Docket.Notes.Irc;
using Docket.Notes.Model;
using Docket.Notes.Reading;

namespace Docket.Notes.Html;

/// <summary>
/// Reads HTML notes: MeetBot's <c>*.html</c> minutes and <c>*.log.html</c> logs, W3C scribe.perl minutes.
/// The page becomes text first; an IRC log goes to the IRC reader, anything else to the Markdown reader.
/// </summary>
internal static class HtmlNotesReader
{
    // The converted text is never larger than the page, which already passed the caller's size check.
    private static readonly NotesReaderOptions Unlimited = new() { MaxBytes = int.MaxValue };

    /// <summary>Whether the text is an HTML document: it opens with <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c>.</summary>
    public static bool LooksLikeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan().TrimStart();
        if (span.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && span.IndexOf('>') is var declarationEnd and > 0)
        {
            span = span[(declarationEnd + 1)..].TrimStart();
        }

        while (span.StartsWith("<!--", StringComparison.Ordinal) && span.IndexOf("-->", StringComparison.Ordinal) is var commentEnd and > 0)
        {
            span = span[(commentEnd + 3)..].TrimStart();
        }

        return span.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || (span.StartsWith("<html", StringComparison.OrdinalIgnoreCase) && (span.Length == 5 || span[5] is '>' or ' ' or '\t' or '\n'));
    }

    public static IReadOnlyList<Meeting> Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = HtmlText.ToText(source.Text);
        if (SourceText.FromString(text, source.Source, Unlimited).Text is not { } converted)
        {
            // Nothing but markup: no notes.
            return [];
        }

        return IrcLogReader.LooksLikeIrcLog(converted.Text) ? IrcLogReader.Read(converted) : MarkdownNotesReader.Read(converted);
    }
}
