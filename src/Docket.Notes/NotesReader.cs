using Docket.Notes.Extraction;
using Docket.Notes.Html;
using Docket.Notes.Irc;
using Docket.Notes.Model;
using Docket.Notes.Reading;

namespace Docket.Notes;

/// <summary>
/// Reads one notes file, whatever its shape (an issue template, a pad, a running agenda, a standup
/// log, an IRC log, plain minutes), into the meetings it records.
/// </summary>
public static class NotesReader
{
    /// <summary>Reads a file's bytes. <paramref name="source"/> names it in results and errors, and its file name may date the meeting.</summary>
    public static ReadResult Read(ReadOnlySpan<byte> content, string source, NotesReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = SourceText.FromBytes(content, source, options ?? NotesReaderOptions.Default);
        return text.Text is null ? ReadResult.Failure(text.Error!) : Read(text.Text);
    }

    /// <summary>Reads text that is already decoded.</summary>
    public static ReadResult Read(string content, string source, NotesReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        var text = SourceText.FromString(content, source, options ?? NotesReaderOptions.Default);
        return text.Text is null ? ReadResult.Failure(text.Error!) : Read(text.Text);
    }

    private static ReadResult Read(SourceText text)
    {
        IReadOnlyList<Meeting> meetings = HtmlNotesReader.LooksLikeHtml(text.Text) ? HtmlNotesReader.Read(text)
            : IrcLogReader.LooksLikeIrcLog(text.Text) ? IrcLogReader.Read(text)
            : MarkdownNotesReader.Read(text);
        return ReadResult.Success(new NotesDocument(text.Source, meetings));
    }
}
