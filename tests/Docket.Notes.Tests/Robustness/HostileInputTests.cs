using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Docket.Notes.Diagnostics;
using Docket.Notes.Json;
using Docket.Notes.Model;

namespace Docket.Notes.Tests.Robustness;

/// <summary>
/// Input built to hurt a reader (Markdig's <c>TestExceptionNotThrown</c> in spirit): each must give a
/// clear error with a code and a line, or a sane document, never an exception, and within a deadline.
/// </summary>
[Collection(HeavyTests.Name)]
public sealed class HostileInputTests
{
    private const int Megabyte = 1024 * 1024;
    private const string DatedHeading = "# 2020-01-01 Weekly meeting\n\n";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    // Inputs are built when a row runs, not when xunit lists the rows: a 50 MB array has no place in theory data.
    private static readonly Dictionary<string, Func<byte[]>> Inputs = new(StringComparer.Ordinal)
    {
        ["empty"] = () => [],
        ["whitespace-only"] = () => Utf8("   \n\t\r\n\n  \t  \r\r\n"),
        ["bom-only"] = () => [0xEF, 0xBB, 0xBF],
        ["png-header"] = () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
        ["nul-on-line-4"] = () => Utf8("# Notes\n\n- a\n- b\0c\n- d\n"),
        ["nul-after-bom-on-line-2"] = () => Concat([0xEF, 0xBB, 0xBF], Utf8("# Notes\nb\0\n")),
        ["nul-after-cr-line-ends-on-line-3"] = () => Utf8("# Notes\r- a\r- b\0\r"),
        ["lone-c3-inside-line-3"] = () => Concat(Utf8("# Notes\n\n- caf"), [0xC3], Utf8("d here\n- next\n")),
        ["lone-c3-at-end-of-line-3"] = () => Concat(Utf8("# Notes\n\n- caf"), [0xC3], Utf8("\n- next\n")),
        ["overlong-slash-on-line-2"] = () => Concat(Utf8("# Notes\n- path "), [0xC0, 0xAF], Utf8(" etc\n")),
        ["overlong-three-byte-on-line-3"] = () => Concat(Utf8("a\nb\nc "), [0xE0, 0x80, 0xAF], Utf8("\n")),
        ["utf8-encoded-surrogate-on-line-1"] = () => Concat(Utf8("# Notes "), [0xED, 0xA0, 0x80], Utf8("\n- a\n")),
        ["truncated-euro-at-end-of-line-3"] = () => Concat(Utf8("# Notes\n\n- costs 5 "), [0xE2, 0x82]),
        ["truncated-emoji-at-end-of-line-2"] = () => Concat(Utf8("# Notes\n- ship it "), [0xF0, 0x9F, 0x98]),
        ["bad-byte-after-15-megabytes"] = () => Concat(Utf8(Repeat("- a\n", 15 * Megabyte / 4)), [0xC3]),
        ["fifty-megabytes"] = () => Filled(50 * Megabyte, (byte)'a'),
        ["nested-lists-10000"] = () => Utf8(DatedHeading + Repeat("- ", 10_000) + "x\n"),
        ["nested-ordered-lists-10000"] = () => Utf8(DatedHeading + Repeat("1. ", 10_000) + "x\n"),
        ["nested-quotes-10000"] = () => Utf8(DatedHeading + new string('>', 10_000) + " x\n> y\n"),
        ["nested-quotes-and-lists-5000"] = () => Utf8(DatedHeading + Repeat("> - ", 5_000) + "x\n"),
        ["nested-emphasis-10000"] = () => Utf8(DatedHeading + new string('*', 10_000) + "x" + new string('*', 10_000) + "\n"),
        ["open-brackets-10000"] = () => Utf8(DatedHeading + "- " + new string('[', 10_000) + "x\n"),
        ["nested-html-divs-10000"] = () => Utf8(DatedHeading + Repeat("<div>", 10_000) + "\n\nx\n"),
        ["one-megabyte-line-of-text"] = () => Utf8(DatedHeading + RepeatTo("the team talked about it ", Megabyte) + "\n"),
        ["one-megabyte-line-of-link-openers"] = () => Utf8(DatedHeading + RepeatTo("[a](", Megabyte) + "\n"),
        ["one-megabyte-line-of-todo-markers"] = () => Utf8(DatedHeading + "- " + RepeatTo("#todo ", Megabyte) + "\n"),
        ["one-megabyte-line-of-backticks"] = () => Utf8(DatedHeading + new string('`', Megabyte) + "\n"),
        ["table-with-10000-columns"] = () => Utf8(DatedHeading + WideTable(10_000)),
        ["reference-definitions-100000"] = () => Utf8(DatedHeading + References(100_000)),
        ["checklist-200000-lines"] = () => Utf8(Checklist(200_000)),
        ["dated-headings-50000"] = () => Utf8(Repeat("## 2020-01-01 Weekly meeting\n- [ ] a\n", 50_000)),
        ["irc-log-100000-lines"] = () => Utf8(IrcLog(100_000)),
        ["mixed-line-ends"] = () => Utf8(MixedLineEnds),
        ["utf8-bom"] = () => Concat([0xEF, 0xBB, 0xBF], Utf8(PlainNotes)),
    };

    private const string PlainNotes =
        "# 2020-01-01 Weekly meeting\n\nAttending: ann, bob\n\n## Release\n\n- DECISION: ship on Friday\n- [ ] ann to write the notes\n- #todo bob: tag the release\n";

    private const string MixedLineEnds =
        "# 2020-01-01 Weekly meeting\r\n\r\nAttending: ann, bob\r\r## Release\n\n- DECISION: ship on Friday\r- [ ] ann to write the notes\r\n- #todo bob: tag the release\n";

    public static TheoryData<string, string, int> Refused => new()
    {
        // Nothing to read: say so, rather than return a document with no meetings.
        { "empty", DiagnosticCodes.Empty, 1 },
        // Blank lines with every kind of line end and tabs are still nothing.
        { "whitespace-only", DiagnosticCodes.Empty, 1 },
        // A byte-order mark is dropped before the check, so a file of only a BOM is empty too.
        { "bom-only", DiagnosticCodes.Empty, 1 },
        // An image renamed .md: 0x89 is also bad UTF-8, but "binary" is the more useful answer; the NUL follows CRLF then LF.
        { "png-header", DiagnosticCodes.Binary, 3 },
        // A NUL inside otherwise good text is reported on its own line.
        { "nul-on-line-4", DiagnosticCodes.Binary, 4 },
        // Dropping the BOM must not shift line numbers.
        { "nul-after-bom-on-line-2", DiagnosticCodes.Binary, 2 },
        // Old Mac line ends (CR alone) are line ends too: the reader folds them to LF, so errors must count them.
        { "nul-after-cr-line-ends-on-line-3", DiagnosticCodes.Binary, 3 },
        // Latin-1 text saved as-is: a lead byte with no continuation, mid-line.
        { "lone-c3-inside-line-3", DiagnosticCodes.InvalidUtf8, 3 },
        // The same lead byte right before the line end: the newline must not be counted into line 3.
        { "lone-c3-at-end-of-line-3", DiagnosticCodes.InvalidUtf8, 3 },
        // Overlong encodings are a classic way to smuggle '/' past filters: refuse, don't decode.
        { "overlong-slash-on-line-2", DiagnosticCodes.InvalidUtf8, 2 },
        // The three-byte overlong form of the same trick.
        { "overlong-three-byte-on-line-3", DiagnosticCodes.InvalidUtf8, 3 },
        // CESU-style surrogate halves are invalid UTF-8: this is why bytes can never give a lone surrogate.
        { "utf8-encoded-surrogate-on-line-1", DiagnosticCodes.InvalidUtf8, 1 },
        // A file cut off mid-character at the very end (a truncated upload).
        { "truncated-euro-at-end-of-line-3", DiagnosticCodes.InvalidUtf8, 3 },
        // The four-byte form, cut off at the very end.
        { "truncated-emoji-at-end-of-line-2", DiagnosticCodes.InvalidUtf8, 2 },
        // A bad byte at the end of a large file: finding it must stay linear, whatever the decoder costs per call.
        { "bad-byte-after-15-megabytes", DiagnosticCodes.InvalidUtf8, (15 * Megabyte / 4) + 1 },
        // Far above any real notes file (the largest is about 1.5 MB): refused before any parsing.
        { "fifty-megabytes", DiagnosticCodes.TooLarge, 1 },
    };

    public static TheoryData<string> Accepted => new()
    {
        // Recursive list parsing or walking overflows the stack long before 10,000 levels.
        "nested-lists-10000",
        // Ordered lists take another path through the block parser.
        "nested-ordered-lists-10000",
        // Block quotes are containers too, with their own continuation rules.
        "nested-quotes-10000",
        // Alternating container kinds defeats a depth check written for one kind only.
        "nested-quotes-and-lists-5000",
        // Inline nesting: delimiter runs are where Markdown parsers hit their depth limits.
        "nested-emphasis-10000",
        // Unclosed link brackets: the bracket stack must not go quadratic or recursive.
        "open-brackets-10000",
        // Raw HTML blocks: extraction must not try to build a tree from them.
        "nested-html-divs-10000",
        // A pasted log with no line breaks: per-line regexes must stay linear.
        "one-megabyte-line-of-text",
        // Link openers that never close: the known quadratic case for link parsing.
        "one-megabyte-line-of-link-openers",
        // Our own action marker repeated: marker scanning must not restart per match.
        "one-megabyte-line-of-todo-markers",
        // One backtick run: code-span matching must not scan back and forth.
        "one-megabyte-line-of-backticks",
        // Pipe tables (agenda tables) are parsed cell by cell: 10,000 columns must stay linear.
        "table-with-10000-columns",
        // Reference-link blocks are common (hypha, bitcoin-core): 100,000 of them must resolve by lookup.
        "reference-definitions-100000",
        // A huge checklist: every line is an action item for extraction.
        "checklist-200000-lines",
        // Many dated sections: a running document splitter must not be quadratic in meetings.
        "dated-headings-50000",
        // An IRC log full of MeetBot commands, for the IRC path.
        "irc-log-100000-lines",
        // Windows, old Mac and Unix line ends in one file (pads pasted together).
        "mixed-line-ends",
        // Editors on Windows write a BOM: it must not end up in the first heading.
        "utf8-bom",
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Read_HostileBytes_RefusedWithCodeAndLine(string input, string code, int line)
    {
        var bytes = Inputs[input]();

        var outcome = TimeBound.Run(() => NotesReader.Read(bytes, input + ".md"), Limit);

        Assert.True(outcome.Problem(Limit) is null, $"{input}: {outcome.Problem(Limit)}");
        var result = outcome.Value!;
        Assert.False(result.Succeeded, $"{input}: expected {code} but the file was read");
        var error = Assert.Single(result.Errors);
        Assert.Equal((code, line), (error.Code, error.Line));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Read_HostileBytes_GivesSaneDocumentInTime(string input)
    {
        var bytes = Inputs[input]();
        var lines = LineCount(bytes);

        // Serialising is part of the run: a reader that returns garbage the writer chokes on is no better.
        var outcome = TimeBound.Run(() =>
        {
            var result = NotesReader.Read(bytes, input + ".md");
            if (result.Document is { } document)
            {
                NotesJson.Write(document, Stream.Null);
            }

            return result;
        }, Limit);

        Assert.True(outcome.Problem(Limit) is null, $"{input}: {outcome.Problem(Limit)}");
        var result = outcome.Value!;
        Assert.True(result.Succeeded, $"{input}: refused with {string.Join("; ", result.Errors.Select(e => e.Format(input)))}");
        Assert.Empty(result.Errors);
        Assert.Equal(input + ".md", result.Document!.Source);
        Assert.All(result.Document.Meetings, m => Assert.InRange(m.Line, 1, lines));
    }

    [Fact]
    public void Read_FiftyMegabytes_RefusedWithoutParsing()
    {
        var bytes = Filled(50 * Megabyte, (byte)'-');

        var clock = Stopwatch.StartNew();
        var result = NotesReader.Read(bytes, "huge.md");
        clock.Stop();

        Assert.Equal(DiagnosticCodes.TooLarge, Assert.Single(result.Errors).Code);
        // The size check comes first: it needs microseconds; 5 s allows for a loaded CI machine and still
        // fails if the 50 MB were parsed.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Theory]
    // The first bad byte is the Latin-1 lead byte, not the ASCII letter after it.
    [InlineData("lone-c3-inside-line-3", "0xC3", 14)]
    // Before a newline, the message must not blame the newline.
    [InlineData("lone-c3-at-end-of-line-3", "0xC3", 14)]
    // 0xC0 can never start a character, so it is the bad byte itself.
    [InlineData("overlong-slash-on-line-2", "0xC0", 15)]
    public void Read_InvalidUtf8_MessageNamesTheBadByteAndOffset(string input, string badByte, int offset)
    {
        var result = NotesReader.Read(Inputs[input](), input + ".md");

        var message = Assert.Single(result.Errors).Message;
        Assert.Contains($"bad byte {badByte} at byte {offset.ToString(CultureInfo.InvariantCulture)}", message, StringComparison.Ordinal);
    }

    [Theory]
    // No text at all, through the string overload.
    [InlineData("", DiagnosticCodes.Empty, 1)]
    // A BOM character (text decoded by a caller that kept it) followed by blanks is still empty.
    [InlineData("\uFEFF \n\t\n", DiagnosticCodes.Empty, 1)]
    // A NUL character means binary data that someone decoded as text.
    [InlineData("# Notes\n- a\0\n", DiagnosticCodes.Binary, 2)]
    public void Read_HostileString_RefusedWithCodeAndLine(string content, string code, int line)
    {
        var result = NotesReader.Read(content, "notes.md");

        var error = Assert.Single(result.Errors);
        Assert.Equal((code, line), (error.Code, error.Line));
    }

    [Fact]
    public void Read_StringOverSizeLimit_RefusedTooLarge()
    {
        var content = new string('a', NotesReaderOptions.Default.MaxBytes + 1);

        var result = NotesReader.Read(content, "huge.md");

        Assert.Equal(DiagnosticCodes.TooLarge, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Read_MixedLineEnds_SameDocumentAsLineFeeds()
    {
        var mixed = NotesReader.Read(Utf8(MixedLineEnds), "notes.md");
        var plain = NotesReader.Read(Utf8(PlainNotes), "notes.md");

        Assert.Equal(NotesJson.ToJson(plain.Document!), NotesJson.ToJson(mixed.Document!));
    }

    [Fact]
    public void Read_Utf8Bom_SameDocumentAsWithout()
    {
        var withBom = NotesReader.Read(Inputs["utf8-bom"](), "notes.md");
        var without = NotesReader.Read(Utf8(PlainNotes), "notes.md");

        Assert.Equal(NotesJson.ToJson(without.Document!), NotesJson.ToJson(withBom.Document!));
    }

    [Fact]
    public void Read_Checklist200000Lines_EveryLineIsAnOpenAction()
    {
        var bytes = Inputs["checklist-200000-lines"]();

        var outcome = TimeBound.Run(() => NotesReader.Read(bytes, "checklist.md"), Limit);

        Assert.True(outcome.Problem(Limit) is null, outcome.Problem(Limit));
        var meeting = Assert.Single(outcome.Value!.Document!.Meetings);
        Assert.Equal(200_000, meeting.Actions.Count);
        Assert.All(meeting.Actions, a => Assert.False(a.Done));
    }

    [Fact]
    public void Read_StringWithLoneSurrogates_JsonWriterCopes()
    {
        // Bytes cannot hold a lone surrogate (see the CESU row), but a caller's string can.
        const string content = "# 2020-01-01 Weekly meeting \uD800\n\nAttending: ann\uDC00, bob\n\n- DECISION: keep \uDC00 as is\n- [ ] bob to fix \uD83D\n";

        var outcome = TimeBound.Run(() =>
        {
            var result = NotesReader.Read(content, "notes.md");
            return result.Document is null ? null : NotesJson.ToJson(result.Document);
        }, Limit);

        Assert.True(outcome.Problem(Limit) is null, outcome.Problem(Limit));
        Assert.NotNull(outcome.Value);
        using var json = JsonDocument.Parse(outcome.Value);
        Assert.Equal(NotesJson.Schema, json.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public void Read_SourceNameWithLoneSurrogate_JsonWriterCopes()
    {
        // File names reach the reader from the OS and the web: they are not guaranteed to be valid UTF-16.
        var result = NotesReader.Read("# 2020-01-01 Weekly meeting\n", "notes\uDC00.md");

        var outcome = TimeBound.Run(() => NotesJson.ToJson(result.Document!), Limit);

        Assert.True(outcome.Problem(Limit) is null, outcome.Problem(Limit));
        using var json = JsonDocument.Parse(outcome.Value!);
        Assert.StartsWith("notes", json.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MeetingTextWithLoneSurrogates_WritesValidJson()
    {
        // Whatever extraction produces, the writer is the last line of defence for the JSON form.
        var meeting = new Meeting
        {
            Title = "Weekly \uD800 meeting",
            Attendees = ["ann\uDC00"],
            Decisions = [new Decision("keep \uDBFF", "Release \uDC00", 3)],
            Actions = [new ActionItem("fix \uD83D", ["bob\uDFFF"], false, null, null, 4)],
        };

        var outcome = TimeBound.Run(() => NotesJson.ToJson(new NotesDocument("notes.md", [meeting])), Limit);

        Assert.True(outcome.Problem(Limit) is null, outcome.Problem(Limit));
        using var json = JsonDocument.Parse(outcome.Value!);
        Assert.StartsWith("Weekly", json.RootElement.GetProperty("meetings")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static byte[] Filled(int length, byte value)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, value);
        return bytes;
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    private static string RepeatTo(string unit, int length) => Repeat(unit, (length / unit.Length) + 1)[..length];

    private static string WideTable(int columns)
    {
        var text = new StringBuilder();
        var cells = Enumerable.Range(0, columns).ToArray();
        text.Append('|').AppendJoin('|', cells.Select(c => string.Create(CultureInfo.InvariantCulture, $" c{c} "))).Append("|\n");
        text.Append('|').AppendJoin('|', cells.Select(_ => "---")).Append("|\n");
        for (var row = 0; row < 3; row++)
        {
            text.Append('|').AppendJoin('|', cells.Select(_ => " x ")).Append("|\n");
        }

        return text.ToString();
    }

    private static string References(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"see [issue][r{i}]\n");
        }

        text.Append('\n');
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[r{i}]: https://github.com/example/notes/issues/{i}\n");
        }

        return text.ToString();
    }

    private static string Checklist(int lines) => DatedHeading + Repeat("- [ ] x\n", lines);

    private static string IrcLog(int lines)
    {
        var text = new StringBuilder("12:00:00 <ann> #startmeeting Weekly meeting\n");
        for (var i = 0; i < lines; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"12:{i / 60 % 60:00}:{i % 60:00} <bob> #action ann to fix #{i}\n");
        }

        return text.Append("13:00:00 <ann> #endmeeting\n").ToString();
    }

    // Every line end the reader folds to one: CRLF, lone CR and LF.
    private static int LineCount(byte[] bytes) => bytes.Count(b => b == (byte)'\n') + bytes.Count(b => b == (byte)'\r') + 1;
}
