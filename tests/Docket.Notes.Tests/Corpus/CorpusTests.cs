using System.Globalization;
using System.Text;
using Docket.Notes.Tests.Robustness;
using Xunit.Abstractions;

namespace Docket.Notes.Tests.Corpus;

/// <summary>
/// The real-world corpus (<c>shared/corpus</c>, see its README): every file reads, and each source
/// yields the meetings, decisions and action items its conventions plainly hold.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class CorpusTests(CorpusReadings corpus, ITestOutputHelper output) : IClassFixture<CorpusReadings>
{
    // What each source's notes plainly hold, decided from the conventions in shared/corpus/README.md.
    // A "false" means the source has no marker a reader could rely on, not that the notes lack the thing.
    private static readonly Dictionary<string, SourceExpectation> Expectations = new(StringComparer.Ordinal)
    {
        // Sampled weekly summaries, each dated in front matter; decisions are the "### meeting conclusion"
        // bullets; action items are owner-less imperatives and "**Action items:**" is almost always "none".
        ["bitcoin-core"] = new(Meetings: true, Decisions: true, Actions: false),
        // Dated issue-template files with "DECISION:" / "[DECISION]" and "[TODO] name will ..." in every style.
        ["cratesio"] = new(Meetings: true, Decisions: true, Actions: true),
        // Dated HackMD pads; "DECISION:" / "decision:" are sparse but there; about 280 "#todo" markers.
        ["hypha"] = new(Meetings: true, Decisions: true, Actions: true),
        // Dated calls and multi-meeting cluster archives; "AI:", "TODO:", "ACTION:" throughout; decisions are
        // rare free-form prose ("Decision made on ..."), not a marker.
        ["ipfs"] = new(Meetings: true, Decisions: false, Actions: true),
        // Running documents with dated sections; "Decision:" inline and "AI: Joe to ..." (225 times).
        ["k8s-community"] = new(Meetings: true, Decisions: true, Actions: true),
        // MeetBot logs dated "Meeting started Wed Jun 10 ... 2020" and in the file names; "#agreed" and "#action".
        ["meetbot-fedora"] = new(Meetings: true, Decisions: true, Actions: true),
        // MeetBot's torture logs: no dates, and the README says they have no expected output, only that they import.
        ["meetbot-tests"] = new(Meetings: false, Decisions: false, Actions: false),
        // Dated TSC minutes with "ACTION: Trevor to ..."; decisions are unmarked prose ("group agreed to merge").
        ["nodejs-tsc"] = new(Meetings: true, Decisions: false, Actions: true),
        // Triage minutes dated in the H1; "Approved/Declined for beta backport" outcome bullets settle each
        // nomination; WG minutes commit in plain words: "[Albin] will continue on liveness".
        ["rust-compiler-team"] = new(Meetings: true, Decisions: true, Actions: true),
        // Dated weekly minutes; "_resolved_ -" (2011-12) and "Consensus:"; "# Action Items" lists of "nick: task".
        ["rust-meeting-minutes"] = new(Meetings: true, Decisions: true, Actions: true),
        // Scribe logs with "Date: 2023-11-01" lines; "resolved:" / "resolution:" and "action: ivan to ...".
        ["w3c-scribe"] = new(Meetings: true, Decisions: true, Actions: true),
        // Dated minutes (file names); "**RESOLVED**", "Resolution is", "Consensus is"; action items are never marked.
        ["w3c-webextensions"] = new(Meetings: true, Decisions: true, Actions: false),
        // Dated minutes; scribe "RESOLUTION:"; the AI minutes' "## Next steps" lines are "Name: task".
        ["w3c-wot"] = new(Meetings: true, Decisions: true, Actions: true),
    };

    [Fact]
    public void Read_EveryCorpusFile_NoExceptionOrTimeout()
    {
        var failures = corpus.Files.Where(f => f.Problem is not null).Select(f => $"{f.Path}: {f.Problem}").ToList();

        Assert.NotEmpty(corpus.Files);
        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Files.Count} corpus files failed:\n{string.Join("\n\n", failures)}");
    }

    [Fact]
    public void Read_EveryCorpusFile_GivesDocumentUnlessBlank()
    {
        // Every corpus file is valid UTF-8 text; only a blank file may be refused (and must be).
        var failures = corpus.Files
            .Where(f => f.Result is not null && f.Result.Succeeded == f.Blank)
            .Select(f => f.Blank
                ? $"{f.Path}: blank, yet read as a document"
                : $"{f.Path}: refused: {string.Join("; ", f.Result!.Errors.Select(e => e.Format(f.Path)))}")
            .ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Read_EachSource_YieldsWhatItsConventionsHold()
    {
        var sources = corpus.Files.GroupBy(f => f.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"source",-22} {"files",6} {"read",6} {"meetings",9} {"decisions",10} {"actions",8}");
        var failures = new List<string>();
        foreach (var source in sources)
        {
            var meetings = source.Where(f => f.Result?.Document is not null).SelectMany(f => f.Result!.Document!.Meetings).ToList();
            var read = source.Count(f => f.Result?.Succeeded == true);
            var decisions = meetings.Sum(m => m.Decisions.Count);
            var actions = meetings.Sum(m => m.Actions.Count);
            table.AppendLine(CultureInfo.InvariantCulture,
                $"{source.Key,-22} {source.Count(),6} {read,6} {meetings.Count,9} {decisions,10} {actions,8}");

            if (!Expectations.TryGetValue(source.Key, out var expected))
            {
                failures.Add($"{source.Key}: a new source; add a row to the expectation table");
                continue;
            }

            if (expected.Meetings && meetings.Count == 0)
            {
                failures.Add($"{source.Key}: its notes are dated meetings, but none was found in {source.Count()} files");
            }

            if (expected.Decisions && decisions == 0)
            {
                failures.Add($"{source.Key}: its conventions mark decisions, but none was found");
            }

            if (expected.Actions && actions == 0)
            {
                failures.Add($"{source.Key}: its conventions mark action items, but none was found");
            }
        }

        output.WriteLine(table.ToString());
        var missing = Expectations.Keys.Except(sources.Select(s => s.Key), StringComparer.Ordinal).ToList();
        failures.AddRange(missing.Select(m => $"{m}: expected in the corpus but not found"));
        Assert.True(failures.Count == 0, $"{failures.Count} shortfalls:\n{string.Join("\n", failures)}\n\n{table}");
    }
}
