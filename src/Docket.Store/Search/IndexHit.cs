using System.Data.Common;
using Docket.Store.Model;

namespace Docket.Store.Search;

/// <summary>A thing the index found: the entry, the line of the notes it was found on, that line's text, and its highlighted snippet.</summary>
public sealed record IndexHit(long EntryId, int MeetingId, SearchKind Kind, int Line, string Text, string Snippet)
{
    /// <summary>How long a snippet runs before it is clipped around the matched words.</summary>
    internal const int SnippetLength = 160;

    /// <summary>How much of a long line a clipped snippet keeps before the first matched word.</summary>
    private const int Lead = 40;

    /// <summary>
    /// Reads every row of a provider's hit query, whose columns are: id, meeting, kind, first line,
    /// and the entry's text with the matched words marked (or unmarked, when nothing was matched).
    /// </summary>
    public static async Task<List<IndexHit>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var hits = new List<IndexHit>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(Place(reader.GetInt64(0), reader.GetInt32(1), (SearchKind)reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4)));
        }

        return hits;
    }

    /// <summary>
    /// A hit on the line of its entry that matched most (a passage of notes spans several lines; an
    /// item one): that line's number, its text, and a snippet of it clipped around the first match.
    /// </summary>
    internal static IndexHit Place(long id, int meetingId, SearchKind kind, int firstLine, string marked)
    {
        var lines = marked.Split('\n');
        var best = 0;
        var bestCount = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var count = lines[i].AsSpan().Count(SearchHit.HighlightStart);
            if (count > bestCount)
            {
                (best, bestCount) = (i, count);
            }
        }

        // A match that runs over a line's end (a phrase across two lines) is closed on its first line
        // and reopened on the next, so each line's snippet stays well formed.
        var line = Balanced(lines, best);
        return new IndexHit(id, meetingId, kind, firstLine + best, SearchHit.Unmarked(line), Clip(line));
    }

    private static string Balanced(string[] lines, int index)
    {
        var open = false;
        for (var i = 0; i < index; i++)
        {
            open = IsOpenAtEnd(lines[i], open);
        }

        var line = lines[index];
        if (open)
        {
            line = SearchHit.HighlightStart + line;
        }

        return IsOpenAtEnd(lines[index], open) ? line + SearchHit.HighlightEnd : line;
    }

    private static bool IsOpenAtEnd(string line, bool open)
    {
        foreach (var c in line)
        {
            open = c == SearchHit.HighlightStart || (c != SearchHit.HighlightEnd && open);
        }

        return open;
    }

    /// <summary>A long line cut to about <see cref="SnippetLength"/> characters at word breaks, from a little before its first match, never inside a match.</summary>
    internal static string Clip(string line)
    {
        if (line.Length <= SnippetLength)
        {
            return line;
        }

        var first = Math.Max(line.IndexOf(SearchHit.HighlightStart, StringComparison.Ordinal), 0);
        var start = first <= Lead ? 0 : WordStart(line, first - Lead, first);
        var end = Math.Min(line.Length, start + SnippetLength);
        if (end < line.Length)
        {
            // A cut inside a match moves past its end; any other goes back to the last word break.
            var lastOpen = line.LastIndexOf(SearchHit.HighlightStart, end - 1, end - start);
            var lastClose = line.LastIndexOf(SearchHit.HighlightEnd, end - 1, end - start);
            if (lastOpen > lastClose)
            {
                var close = line.IndexOf(SearchHit.HighlightEnd, end);
                end = close < 0 ? line.Length : close + 1;
            }
            else if (line.LastIndexOf(' ', end - 1, end - start) is var space && space > Math.Max(first, lastClose))
            {
                end = space;
            }
        }

        var clipped = line[start..end].Trim();
        return (start > 0 ? "…" : "") + clipped + (end < line.Length ? "…" : "");
    }

    /// <summary>The start of the word at or after <paramref name="from"/>, not past <paramref name="limit"/>.</summary>
    private static int WordStart(string line, int from, int limit)
    {
        var space = line.IndexOf(' ', from, limit - from);
        return space < 0 ? limit : space + 1;
    }
}
