using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Docket.Cli.Tests.Commands;

/// <summary>
/// <c>docket parse</c> end to end: the real binary in a child process, on notes files written here.
/// </summary>
public sealed class ParseCommandTests : IDisposable
{
    // Plainly marked notes: one dated meeting, one decision, two action items.
    private const string Notes = """
        # 2020-09-18 Crates.io weekly meeting

        Attending: ann, bob

        ## Zoom

        - DECISION: use Zoom for now
        - [TODO] ann will set up the room
        - [ ] bob to write the notes

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Parse_OneFileWithJson_PrintsOneV1DocumentAndExitsZero()
    {
        _folder.Write("notes.md", Notes);

        var run = await DocketProcess.RunAsync(_folder.Path, "parse", "notes.md", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(["schema", "source", "meetings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("docket.notes/v1", root.GetProperty("schema").GetString());
        Assert.Equal("notes.md", root.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("meetings").ValueKind);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Parse_TwoFilesWithOut_WritesEachDocumentInOneProcess()
    {
        _folder.Write("a.md", Notes);
        _folder.Write("b.md", Notes.Replace("2020-09-18", "2020-09-25", StringComparison.Ordinal));

        var run = await DocketProcess.RunAsync(_folder.Path, "parse", "a.md", "b.md", "--out", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["a.md.json", "b.md.json"], _folder.FilesUnder("out"));
        foreach (var name in new[] { "a.md", "b.md" })
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(_folder.Combine($"out/{name}.json")));
            Assert.Equal(name, json.RootElement.GetProperty("source").GetString());
        }

        // --out replaces printing: nothing on stdout for a script to mistake for a document.
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Parse_MissingFile_ExitsTwoNamingIt()
    {
        _folder.Write("notes.md", Notes);

        var run = await DocketProcess.RunAsync(_folder.Path, "parse", "notes.md", "not-there.md", "--json");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("not-there.md", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_InvalidUtf8AmongGoodFiles_ExitsOneReportsLineAndWritesTheGoodOnes()
    {
        _folder.Write("good1.md", Notes);
        _folder.Write("bad.md", [.. Encoding.UTF8.GetBytes("# Notes\n\n- caf"), 0xC3, .. Encoding.UTF8.GetBytes("d\n")]);
        _folder.Write("good2.md", Notes);

        var run = await DocketProcess.RunAsync(_folder.Path, "parse", "good1.md", "bad.md", "good2.md", "--out", "out");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("bad.md:3: error DN003:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["good1.md.json", "good2.md.json"], _folder.FilesUnder("out"));
    }

    [Fact]
    public async Task Parse_SameFileNameTwiceWithOut_ExitsTwoAndWritesNothing()
    {
        _folder.Write("one/notes.md", Notes);
        _folder.Write("two/notes.md", Notes);

        var run = await DocketProcess.RunAsync(_folder.Path, "parse", "one/notes.md", "two/notes.md", "--out", "out");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("notes.md", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_folder.FilesUnder("out"));
    }

    [Fact]
    public async Task Parse_Folder_ReadsItsNotesFilesOnly()
    {
        _folder.Write("notes/2020-09-18.md", Notes);
        _folder.Write("notes/irc/2020-09-25.txt", "12:00 <ann> #startmeeting Weekly\n12:01 <ann> #endmeeting\n");
        // Not notes: the folder's own description, an image, data.
        _folder.Write("notes/README.md", "# About these notes\n");
        _folder.Write("notes/photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]);
        _folder.Write("notes/data.json", "{}");

        var run = await DocketProcess.RunAsync(_folder.Path, "parse", "notes", "--out", "out");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(["2020-09-18.md.json", "2020-09-25.txt.json"], _folder.FilesUnder("out"));
    }

    [Fact]
    public async Task Parse_NoFlags_SummaryNamesTheFileAndCounts()
    {
        _folder.Write("notes.md", Notes);

        var run = await DocketProcess.RunAsync(_folder.Path, "parse", "notes.md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"notes\.md: \d+ meetings?, \d+ decisions?, \d+ action items?", Plain(run.Stdout));
    }

    [Fact]
    public async Task Parse_NoFlags_SummaryCountsWhatTheNotesMark()
    {
        _folder.Write("notes.md", Notes);

        var run = await DocketProcess.RunAsync(_folder.Path, "parse", "notes.md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("notes.md: 1 meeting, 1 decision, 2 action items", Plain(run.Stdout), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_DeeplyNestedNotes_ProcessSurvives()
    {
        // In-process tests cannot catch a stack overflow; a child process shows it as a crash.
        var deep = new StringBuilder("# 2020-09-18 Weekly meeting\n\n");
        deep.Insert(deep.Length, "- ", 10_000).Append("x\n\n");
        deep.Append(new string('>', 10_000)).Append(" y\n\n");
        deep.Insert(deep.Length, "> - ", 5_000).Append("z\n");
        _folder.Write("deep.md", deep.ToString());

        var run = await DocketProcess.RunAsync(_folder.Path, "parse", "deep.md", "--json");

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Stderr}");
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("deep.md", json.RootElement.GetProperty("source").GetString());
    }

    // The summary is for people: compare it as text, without terminal styling or wrapping.
    private static string Plain(string output) =>
        Regex.Replace(Regex.Replace(output, @"\x1b\[[0-9;]*[A-Za-z]", ""), @"\s+", " ");
}
