using Docket.Store.Model;
using Docket.Store.Search;

namespace Docket.Store.Tests.Search;

/// <summary>Notes are searched in passages of neighbouring lines; a hit is placed back on the line that matched.</summary>
public sealed class PassageTests
{
    private const char Start = SearchHit.HighlightStart;
    private const char End = SearchHit.HighlightEnd;

    [Fact]
    public void Passages_HeadingsAndTwoLinesWithoutText_StartNewPassages()
    {
        const string notes = """
            # Sync 2024-03-07

            ## Travis
            - it is slow
            - [DECISION] move to Drone

            - runners next week
            #1211 is the tracking issue

            ---
            last words
            """;

        var passages = SearchEntries.Passages(notes, firstLine: 10, itemLines: new HashSet<int> { 14 }).ToList();

        Assert.Equal(
            [(10, "Sync 2024-03-07"), (12, "Travis\nit is slow"), (16, "runners next week\n1211 is the tracking issue"), (20, "last words")],
            passages);
    }

    [Fact]
    public void Passages_OneBlankOrItemLine_StaysInThePassageAsAnEmptyLine()
    {
        const string notes = """
            ## Travis
            - it is slow

            - we want Drone
            - [DECISION] move to Drone
            - runners next week
            """;

        var passages = SearchEntries.Passages(notes, firstLine: 3, itemLines: new HashSet<int> { 7 }).ToList();

        // Each line of the passage is the line of the notes it says: a hit on "runners" is on line 8.
        var (line, text) = Assert.Single(passages);
        Assert.Equal(3, line);
        Assert.Equal("Travis\nit is slow\n\nwe want Drone\n\nrunners next week", text);
        Assert.Equal(8, IndexHit.Place(1, 1, SearchKind.Note, line, text.Replace("runners", $"{Start}runners{End}", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void Passages_LongRuns_AreCutByLinesAndByLength()
    {
        var lines = string.Join('\n', Enumerable.Range(1, SearchEntries.PassageLines + 3).Select(i => $"- point {i}"));
        var longLine = new string('x', SearchEntries.PassageLength - 5);

        var byLines = SearchEntries.Passages(lines, 1, new HashSet<int>()).ToList();
        var byLength = SearchEntries.Passages($"short one\n{longLine}\nafter", 1, new HashSet<int>()).ToList();

        Assert.Equal([1, SearchEntries.PassageLines + 1], byLines.Select(p => p.Line));
        Assert.Equal(SearchEntries.PassageLines, byLines[0].Text.Split('\n').Length);
        Assert.Equal([1, 2, 3], byLength.Select(p => p.Line));
    }

    [Fact]
    public void Place_MarkedPassage_PutsTheHitOnTheLineWithMostMatches()
    {
        var hit = IndexHit.Place(7, 3, SearchKind.Note, 20, $"{Start}Travis{End} alternatives\nwe left {Start}Travis{End} for {Start}Drone{End}\nthe end");

        Assert.Equal(21, hit.Line);
        Assert.Equal("we left Travis for Drone", hit.Text);
        Assert.Equal($"we left {Start}Travis{End} for {Start}Drone{End}", hit.Snippet);
    }

    [Fact]
    public void Place_PhraseAcrossTwoLines_KeepsEachLinesMarksBalanced()
    {
        var hit = IndexHit.Place(1, 1, SearchKind.Note, 1, $"ends with {Start}free\ntier{End} starts this");

        Assert.Equal(1, hit.Line);
        Assert.Equal($"ends with {Start}free{End}", hit.Snippet);
        var next = IndexHit.Place(1, 1, SearchKind.Note, 1, $"a\n{Start}b{End} c\nends {Start}free\ntier{End} {Start}x{End} {Start}y{End}");
        Assert.Equal((4, $"{Start}tier{End} {Start}x{End} {Start}y{End}"), (next.Line, next.Snippet));
    }

    [Fact]
    public void Place_NothingMarked_IsTheFirstLine()
    {
        var hit = IndexHit.Place(1, 1, SearchKind.Note, 4, "first\nsecond");

        Assert.Equal((4, "first", "first"), (hit.Line, hit.Text, hit.Snippet));
    }

    [Fact]
    public void Clip_LongLine_KeepsTheMatchWholeWithALittleBeforeIt()
    {
        var before = string.Join(' ', Enumerable.Repeat("before", 30));
        var after = string.Join(' ', Enumerable.Repeat("after", 40));
        var line = $"{before} the {Start}migration guide{End} {after}";

        var clipped = IndexHit.Clip(line);

        Assert.StartsWith("…before ", clipped, StringComparison.Ordinal);
        Assert.EndsWith(" after…", clipped, StringComparison.Ordinal);
        Assert.Contains($"{Start}migration guide{End}", clipped, StringComparison.Ordinal);
        Assert.True(clipped.Length <= IndexHit.SnippetLength + 2, clipped);
        Assert.Equal(clipped.Count(c => c == Start), clipped.Count(c => c == End));
    }

    [Fact]
    public void Clip_CutFallingInsideAMatch_MovesPastItsEnd()
    {
        var line = new string('a', 10) + " " + Start + string.Join(' ', Enumerable.Repeat("phrase", 40)) + End + " tail";

        var clipped = IndexHit.Clip(line);

        Assert.EndsWith(End + "…", clipped, StringComparison.Ordinal);
        Assert.Equal(1, clipped.Count(c => c == Start));
    }
}
