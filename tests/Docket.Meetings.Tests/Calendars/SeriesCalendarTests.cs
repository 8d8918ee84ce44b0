using Docket.Meetings.Calendars;
using Docket.Meetings.Scheduling;
using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

namespace Docket.Meetings.Tests.Calendars;

public sealed class SeriesCalendarTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2019, 1, 1, 0, 0);
    private static readonly Cadence Athens = Cadence.Parse("weekly on Thursday 11:00 America/Los_Angeles");
    private static readonly CalendarSeries Series = new("athens-dev", "Athens Developer Meeting", Athens.Zone, "https://aka.ms/athensdevzoom");

    private static List<CalendarEntry> Entries(params OccurrenceException[] exceptions) =>
        [.. Athens.Timeline(new LocalDate(2019, 2, 28), new LocalDate(2019, 3, 21), exceptions)
            .Select(o => new CalendarEntry(o, $"Athens #{o.RuleDate}", new Uri($"https://docket.example/athens/{o.RuleDate}"), "Agenda:\n- Releasing\n- Drone"))];

    [Fact]
    public void Write_AcrossSpringForward_ParsesBackToTheSameInstantsAndUids()
    {
        var entries = Entries(OccurrenceException.Move(new LocalDate(2019, 3, 7), new LocalDate(2019, 3, 7), new LocalTime(12, 0), "time vote"));

        var text = SeriesCalendar.Write(Series, entries, Stamp);
        var parsed = IcalCalendar.Load(text)!;

        Assert.Equal(
            entries.Select(e => (e.Occurrence.Instant.ToDateTimeUtc(), e.Occurrence.EndInstant.ToDateTimeUtc())),
            parsed.Events.Select(e => (e.DtStart!.AsUtc, e.DtEnd!.AsUtc)));
        Assert.Equal(["20190228-athens-dev@docket", "20190307-athens-dev@docket", "20190314-athens-dev@docket", "20190321-athens-dev@docket"], parsed.Events.Select(e => e.Uid));
        Assert.Contains("DTSTART;TZID=America/Los_Angeles:20190314T110000", text, StringComparison.Ordinal); // 18:00 UTC, after the change
        Assert.Contains("DTSTART;TZID=America/Los_Angeles:20190228T110000", text, StringComparison.Ordinal); // 19:00 UTC, before it
        Assert.Equal("America/Los_Angeles", Assert.Single(parsed.TimeZones).TzId);
    }

    [Fact]
    public void Write_SkippedMeeting_IsCancelledWithItsReason()
    {
        var entries = Entries(OccurrenceException.Skip(new LocalDate(2019, 3, 21), "nobody came"));

        var parsed = IcalCalendar.Load(SeriesCalendar.Write(Series, entries, Stamp))!;

        var cancelled = parsed.Events.Single(e => e.Uid == "20190321-athens-dev@docket");
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.StartsWith("Cancelled: nobody came\n\n", cancelled.Description, StringComparison.Ordinal);
        Assert.Equal(1, cancelled.Sequence);
        Assert.All(parsed.Events.Where(e => e != cancelled), e => Assert.Equal("CONFIRMED", e.Status));
    }

    [Fact]
    public void Write_SameInputTwice_GivesTheSameText()
    {
        // No clock inside: DTSTAMP comes from the caller, so a feed only changes when the meetings do.
        Assert.Equal(SeriesCalendar.Write(Series, Entries(), Stamp), SeriesCalendar.Write(Series, Entries(), Stamp));
    }

    [Fact]
    public void Write_UtcSeries_WritesUtcTimesWithoutATimeZone()
    {
        var cadence = Cadence.Parse("weekly on Friday 20:30 UTC");
        var entries = cadence.Timeline(new LocalDate(2020, 10, 1), new LocalDate(2020, 10, 10)).Select(o => new CalendarEntry(o, "Crates.io")).ToList();

        var text = SeriesCalendar.Write(new CalendarSeries("crates", "Crates.io", cadence.Zone), entries, Stamp);

        Assert.Contains("DTSTART:20201002T203000Z", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileTitles => new()
    {
        // A CRLF and a whole forged event in the title.
        "Athens\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged@evil\r\nSUMMARY:forged\r\nDTSTART:19700101T000000Z",
        // A bare CR and a bare LF: some parsers break lines on either.
        "Athens\rDTSTART:19700101T000000Z\nSTATUS:CANCELLED",
        // C0 controls, DEL, C1 controls (NEL), Unicode line and paragraph separators.
        "Athens\u0000\u0001\u0007\u001b[31m\u007f\u0085\u2028\u2029 meeting",
        // Lone surrogates, high and low, and a valid pair beside them.
        "Athens \ud800 \udc00 \ud83d\ude00 \ude00\ud83d",
        // Characters the serializer must escape, and a long title that gets folded mid-emoji.
        "Athens; a,b \\ c " + string.Concat(Enumerable.Repeat("\ud83d\ude00é", 60)),
    };

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void Write_HostileTitle_GivesOneSummaryLineAndAFeedThatParsesBack(string title)
    {
        var occurrences = Athens.Timeline(new LocalDate(2019, 3, 1), new LocalDate(2019, 3, 14)).ToList();
        var entries = occurrences.Select(o => new CalendarEntry(o, title, null, title)).ToList();

        var text = SeriesCalendar.Write(Series with { Name = title, Location = title }, entries, Stamp);
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        var parsed = IcalCalendar.Load(text)!;

        Assert.Equal(occurrences.Count, unfolded.Count(l => l.StartsWith("SUMMARY", StringComparison.Ordinal)));
        Assert.Equal(occurrences.Count, unfolded.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(occurrences.Count, unfolded.Count(l => l.StartsWith("DTSTART;TZID=", StringComparison.Ordinal))); // the VTIMEZONE has its own DTSTARTs
        Assert.DoesNotContain(unfolded, l => l.StartsWith("DTSTART:1970", StringComparison.Ordinal));
        Assert.DoesNotContain(unfolded, l => l.StartsWith("UID:forged", StringComparison.Ordinal));
        Assert.Equal(occurrences.Select(o => o.Instant.ToDateTimeUtc()), parsed.Events.Select(e => e.DtStart!.AsUtc));
        Assert.All(parsed.Events, e => Assert.DoesNotContain(e.Summary!, c => char.IsControl(c) || char.IsSurrogate(c) && !HasPartner(e.Summary!, c)));
        Assert.All(text, c => Assert.False(char.IsControl(c) && c is not ('\r' or '\n'), $"control U+{(int)c:X4} in the feed"));
        Assert.True(new System.Text.UTF8Encoding(false, true).GetByteCount(text) > 0); // encodes as strict UTF-8: no lone surrogate left
    }

    [Fact]
    public void Write_LoneSurrogate_BecomesReplacementCharacter()
    {
        var occurrence = Athens.Timeline(new LocalDate(2019, 3, 7), new LocalDate(2019, 3, 7)).Single();

        var parsed = IcalCalendar.Load(SeriesCalendar.Write(Series, [new CalendarEntry(occurrence, "a\ud800b\r\nc")], Stamp))!;

        Assert.Equal("a\uFFFDb c", Assert.Single(parsed.Events).Summary);
    }

    [Fact]
    public void Write_NonHttpAgendaUrl_IsLeftOut()
    {
        var occurrence = Athens.Timeline(new LocalDate(2019, 3, 7), new LocalDate(2019, 3, 7)).Single();

        var text = SeriesCalendar.Write(Series, [new CalendarEntry(occurrence, "Athens", new Uri("javascript:alert(1)"))], Stamp);

        Assert.DoesNotContain("javascript", text, StringComparison.Ordinal);
    }

    private static bool HasPartner(string text, char c)
    {
        var i = text.IndexOf(c, StringComparison.Ordinal);
        return char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);
    }
}

public sealed class CalendarTextTests
{
    [Fact]
    public void Refold_LongLineOfEmoji_FoldsAt75OctetsBetweenCharacters()
    {
        var line = "SUMMARY:" + string.Concat(Enumerable.Repeat("\ud83d\ude00é", 40));

        var folded = CalendarText.Refold(line + "\r\n");

        var lines = folded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 1);
        Assert.All(lines, l => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.All(lines, l => Assert.False(char.IsHighSurrogate(l[^1]) || char.IsLowSurrogate(l.TrimStart()[0])));
        Assert.Equal(line, folded.Replace("\r\n ", "", StringComparison.Ordinal).TrimEnd('\r', '\n'));
    }

    public static TheoryData<string, bool, string> Cleaned => new()
    {
        { "a\r\nb\rc\nd", true, "a b c d" }, // every kind of line break, on one line
        { "a\r\nb\rc\nd", false, "a\nb\nc\nd" }, // kept as line feeds where a value may have several lines
        { "a\u0000b\u001bc\u007fd\u0085e", true, "abcd e" }, // NUL, ESC, DEL dropped; NEL is a line break
        { "x\ud800y", true, "x\uFFFDy" }, // a lone high surrogate
        { "x\udc00y", true, "x\uFFFDy" }, // a lone low surrogate
        { "\ud83d\ude00", true, "\ud83d\ude00" }, // a real pair is kept
        { "tab\there", true, "tab here" },
    };

    [Theory]
    [MemberData(nameof(Cleaned))]
    public void Clean_HostileText_IsSafe(string input, bool singleLine, string expected)
    {
        Assert.Equal(expected, CalendarText.Clean(input, singleLine));
    }
}
