using System.Text.RegularExpressions;
using Docket.Notes.Dates;
using Docket.Notes.Reading.Outline;

namespace Docket.Notes.Extraction.Segments;

/// <summary>
/// Splits a file into meetings. A running agenda or a standup log repeats one shape of dated line
/// (<c>June 13, 2019</c>, <c>## Standup meeting - 2018-10-30</c>, <c>**12/17/2019**</c>): each starts a
/// meeting. Anything else is one meeting.
/// </summary>
internal static partial class MeetingSegmenter
{
    // Words that may stand beside the date in a meeting's title line.
    [GeneratedRegex(@"\b(?:standup|stand-up|meeting|meetings|notes|minutes|agenda|proposed|public|private|recording|call|sync|weekly|triage|day|session|cancelled|canceled|no|edition|special|regular|community|office\s+hours|summary|irc|the|of|for|and|on|at|utc|gmt|et|pt|pst|pdt|est|edt|cet|cest|am|pm|noon|time|pacific|eastern|central|video|link|here|youtube|zoom)\b|[\d:\-–—()\[\]{}#.,/|*_~@!]+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleNoise();

    public static IReadOnlyList<MeetingSegment> Split(NotesOutline outline, int? defaultYear)
    {
        var lines = outline.Lines;
        var candidates = new List<(NoteLine Line, DateMatch Date, string Shape)>();
        int? year = defaultYear;
        foreach (var line in lines)
        {
            if (IsDatedTitle(line, year, out var date))
            {
                candidates.Add((line, date, ShapeOf(line)));
                if (date.HasYear)
                {
                    year = date.Date.Year;
                }
            }
        }

        // The most repeated shape of dated title, if it repeats with different dates, splits the file.
        var best = candidates
            .GroupBy(c => c.Shape, StringComparer.Ordinal)
            .Select(g => (Shape: g.Key, Items: g.ToList()))
            .Where(g => g.Items.Count >= 2 && g.Items.Select(i => i.Date.Date).Distinct().Count() >= 2)
            .OrderByDescending(g => g.Items.Count)
            .ThenBy(g => ShapeRank(g.Shape))
            .FirstOrDefault();

        if (best.Items is null)
        {
            return [new MeetingSegment(lines, null, null)];
        }

        // The same title at another heading level is the same kind of meeting ("### Standup meeting - 2018-05-24"
        // among "## Standup meeting - ..." sections): it starts a meeting too.
        var titles = best.Items.Select(i => TitleKey(i.Line.Text, i.Date)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (titles.Count > 0)
        {
            best.Items.AddRange(candidates.Where(c => c.Shape != best.Shape && c.Line.Kind == LineKind.Heading && titles.Contains(TitleKey(c.Line.Text, c.Date))));
            best.Items.Sort((a, b) => a.Line.Index.CompareTo(b.Line.Index));
        }

        var segments = new List<MeetingSegment>();
        for (var i = 0; i < best.Items.Count; i++)
        {
            var start = best.Items[i].Line.Index;
            var end = i + 1 < best.Items.Count ? best.Items[i + 1].Line.Index : lines.Count;
            segments.Add(new MeetingSegment(Slice(lines, start, end), best.Items[i].Line, best.Items[i].Date));
        }

        return segments;
    }

    /// <summary>The document's preamble: what stands before the first meeting of a many-meetings file.</summary>
    public static IReadOnlyList<NoteLine> Preamble(NotesOutline outline, IReadOnlyList<MeetingSegment> segments) =>
        segments.Count > 0 && segments[0].Boundary is { } first ? Slice(outline.Lines, 0, first.Index) : [];

    private static bool IsDatedTitle(NoteLine line, int? year, out DateMatch date)
    {
        date = default;
        var eligible = line.Kind == LineKind.Heading
            || (line.Kind == LineKind.Text && line.Indent == 0 && line.Parent is null)
            || (line.Kind == LineKind.Item && line.Parent is null && line.Bold);
        if (!eligible || line.Text.Length is 0 or > 120 || !MayHoldDate(line.Text))
        {
            return false;
        }

        if (!MeetingDates.TryFindDate(line.Text, year, out date))
        {
            return false;
        }

        // What is left beside the date must be a title, not a sentence: "Standup meeting - ", "[Public Meeting]".
        var rest = line.Text.Remove(date.Index, date.Length);
        var words = TitleNoise().Replace(rest, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4;
    }

    // A date needs a digit, and a four-digit year or a month name: most lines have neither.
    private static bool MayHoldDate(string text)
    {
        var digits = 0;
        var longest = 0;
        foreach (var c in text)
        {
            digits = char.IsAsciiDigit(c) ? digits + 1 : 0;
            longest = Math.Max(longest, digits);
        }

        if (longest == 0)
        {
            return false;
        }

        if (longest >= 4)
        {
            return true;
        }

        foreach (var month in Months)
        {
            if (text.Contains(month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static string TitleKey(string text, DateMatch date)
    {
        var rest = text.Remove(date.Index, date.Length).ToLowerInvariant();
        var key = new System.Text.StringBuilder();
        foreach (var c in rest)
        {
            if (char.IsLetter(c))
            {
                key.Append(c);
            }
            else if (key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return key.ToString().Trim();
    }

    private static string ShapeOf(NoteLine line) => line.Kind switch
    {
        LineKind.Heading => "h" + line.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
        LineKind.Item => "bold-item",
        _ => line.Bold ? "bold" : "p",
    };

    private static int ShapeRank(string shape) => shape[0] == 'h' ? shape[1] - '0' : 10;

    private static NoteLine[] Slice(IReadOnlyList<NoteLine> lines, int start, int end)
    {
        var slice = new NoteLine[end - start];
        for (var i = start; i < end; i++)
        {
            slice[i - start] = lines[i];
        }

        return slice;
    }
}
