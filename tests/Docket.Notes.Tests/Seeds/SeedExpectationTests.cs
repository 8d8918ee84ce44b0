using System.Text.Json;
using Docket.Notes.Json;
using Docket.Notes.Model;
using Docket.Notes.Tests.Fixtures;

namespace Docket.Notes.Tests.Seeds;

/// <summary>
/// The spec of Docket's reader: each seed in <c>shared/seeds/</c> is read in place and compared
/// with <c>Expected/&lt;seed&gt;.json</c>, a full <c>docket.notes/v1</c> document a person wrote by
/// reading the notes. On a mismatch Docket's own JSON is written beside the expectation in the
/// source tree as <c>&lt;seed&gt;.received.json</c> (git-ignored), so a diff shows the difference.
/// </summary>
public sealed class SeedExpectationTests
{
    private const string ExpectedSuffix = ".json";
    private const string ReceivedSuffix = ".received.json";

    private static string ExpectedDirectory => Path.Combine(AppContext.BaseDirectory, "Seeds", "Expected");

    public static TheoryData<string> ExpectedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ExpectationFileNames())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedFiles))]
    public void Read_Seed_MatchesHandWrittenExpectation(string expectedFile)
    {
        var seed = expectedFile[..^ExpectedSuffix.Length];
        var seedPath = Path.Combine(SharedFiles.Seeds, seed);
        Assert.True(File.Exists(seedPath), $"Expected/{expectedFile} names the seed {seed}, which is not in {SharedFiles.Seeds}");
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExpectedDirectory, expectedFile)));

        var result = NotesReader.Read(File.ReadAllBytes(seedPath), seed);
        var received = Path.Combine(SourceExpectedDirectory(), seed + ReceivedSuffix);
        if (result.Document is null)
        {
            Assert.Fail($"{seed}: Docket could not read the seed: {string.Join("; ", result.Errors.Select(e => e.Format(seed)))}");
        }

        var actualJson = NotesJson.ToJson(result.Document);
        using var actual = JsonDocument.Parse(actualJson);
        var mismatches = SeedComparison.Compare(expected.RootElement, actual.RootElement);
        if (mismatches.Count == 0)
        {
            File.Delete(received);
            return;
        }

        string where;
        try
        {
            File.WriteAllText(received, actualJson + "\n");
            where = $"Docket's output is in {received}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            where = $"Docket's output could not be written to {received} ({e.Message})";
        }

        Assert.Fail($"{seed}: {mismatches.Count} difference(s) from Expected/{expectedFile}; {where}\n  "
            + string.Join("\n  ", mismatches));
    }

    [Fact]
    public void ExpectedFiles_EverySeedInShared_HasOne()
    {
        var seeds = Directory.GetFiles(SharedFiles.Seeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var expected = ExpectationFileNames().Select(f => f[..^ExpectedSuffix.Length]).ToHashSet(StringComparer.Ordinal);

        var without = seeds.Where(s => !expected.Contains(s!)).ToList();
        Assert.True(without.Count == 0, $"seeds without Expected/<seed>.json: {string.Join(", ", without)}");
    }

    [Fact]
    public void ExpectedFiles_EveryObject_HasTheKeysNotesJsonWrites()
    {
        var shape = WrittenShape();
        var problems = new List<string>();
        foreach (var file in ExpectationFileNames())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExpectedDirectory, file)));
            var root = doc.RootElement;
            if (!root.TryGetProperty("schema", out var schema) || schema.GetString() != NotesJson.Schema)
            {
                problems.Add($"{file}: schema is not {NotesJson.Schema}");
            }

            var meetings = root.TryGetProperty("meetings", out var m) ? m.EnumerateArray().ToList() : [];
            if (meetings.Count == 0)
            {
                problems.Add($"{file}: no meetings");
            }

            for (var i = 0; i < meetings.Count; i++)
            {
                CheckKeys($"{file} meeting {i}", meetings[i], shape[string.Empty], problems);
                foreach (var (list, keys) in shape.Where(s => s.Key.Length > 0))
                {
                    var items = meetings[i].TryGetProperty(list, out var array) ? array.EnumerateArray().ToList() : [];
                    for (var j = 0; j < items.Count; j++)
                    {
                        CheckKeys($"{file} meeting {i} {list}[{j}]", items[j], keys, problems);
                    }
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void ExpectedFiles_ComparedWithThemselves_Match()
    {
        foreach (var file in ExpectationFileNames())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(ExpectedDirectory, file)));

            Assert.Empty(SeedComparison.Compare(doc.RootElement, doc.RootElement));
        }
    }

    private static void CheckKeys(string where, JsonElement element, IReadOnlyList<string> keys, List<string> problems)
    {
        var present = element.EnumerateObject().Select(p => p.Name).ToList();
        if (!present.SequenceEqual(keys, StringComparer.Ordinal))
        {
            problems.Add($"{where}: keys [{string.Join(", ", present)}], NotesJson writes [{string.Join(", ", keys)}]");
        }
    }

    // The key lists NotesJson writes, read from its output so the check follows the writer:
    // "" is the meeting, the rest are its item arrays.
    private static Dictionary<string, IReadOnlyList<string>> WrittenShape()
    {
        var meeting = new Meeting
        {
            Agenda = [new AgendaItem("a", null, null, 1)],
            Decisions = [new Decision("d", null, 1)],
            Actions = [new ActionItem("x", [], false, null, null, 1)],
            Questions = [new Question("q", null, 1)],
            Updates = [new StandupUpdate("p", [], [], [], 1)],
        };
        using var doc = JsonDocument.Parse(NotesJson.ToJson(new NotesDocument("shape", [meeting])));
        var written = doc.RootElement.GetProperty("meetings")[0];
        var shape = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [string.Empty] = written.EnumerateObject().Select(p => p.Name).ToList(),
        };
        foreach (var list in new[] { "agenda", "decisions", "actions", "questions", "updates" })
        {
            shape[list] = written.GetProperty(list)[0].EnumerateObject().Select(p => p.Name).ToList();
        }

        return shape;
    }

    private static IEnumerable<string> ExpectationFileNames() =>
        Directory.Exists(ExpectedDirectory)
            ? Directory.GetFiles(ExpectedDirectory, "*" + ExpectedSuffix)
                .Select(f => Path.GetFileName(f))
                .Where(f => !f.EndsWith(ReceivedSuffix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
            : [];

    // The expectations' folder in the source tree (not the copy in bin/), where received files belong.
    private static string SourceExpectedDirectory()
    {
        var root = SharedFiles.RepositoryRoot;
        if (!File.Exists(Path.Combine(root, "Docket.slnx")))
        {
            // SharedFiles.RepositoryRoot is the folder above shared/, which is not always the
            // checkout (worktrees sit beside it); the checkout is where Docket.slnx is.
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Docket.slnx")))
            {
                dir = dir.Parent;
            }

            root = dir?.FullName ?? throw new DirectoryNotFoundException("Docket.slnx not found above the test binaries.");
        }

        return Path.Combine(root, "tests", "Docket.Notes.Tests", "Seeds", "Expected");
    }
}
