using System.Text.RegularExpressions;

namespace Docket.Store.Planning;

/// <summary>
/// Whether the notes under an agenda entry say it was not reached: <c>_skipped_</c>, <c>push to next
/// week</c>, <c>deferred</c>, <c>postponed</c>, <c>ran out of time</c>.
/// </summary>
internal static partial class DeferredTopics
{
    /// <summary>Looks at the notes of one agenda entry: from its line to the next entry's or the next heading (1-based file lines).</summary>
    public static bool IsDeferred(string meetingNotes, int meetingLine, int entryLine, int? nextEntryLine)
    {
        var lines = meetingNotes.Split('\n');
        var from = Math.Max(0, entryLine - meetingLine);
        var to = Math.Min(lines.Length, (nextEntryLine ?? int.MaxValue - lines.Length) - meetingLine);
        for (var i = from; i < to; i++)
        {
            // An entry's notes end at the next heading: the last entry must not take the rest of the meeting.
            if (i > from && lines[i].TrimStart().StartsWith('#'))
            {
                break;
            }

            if (Marker().IsMatch(lines[i]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"_skipped_|\bskipped\b|\bpush(ed)?\b.{0,20}\bnext\b|\bdefer(red|ring)?\b|\bpostponed?\b|\bnot\s+discussed\b|\bran\s+out\s+of\s+time\b|\bno\s+time\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
