using System.Diagnostics;
using Docket.Notes.Dates;
using NodaTime;

namespace Docket.Notes.Tests.Dates;

/// <summary>
/// One-megabyte lines built to make the patterns work hard. Each must finish well under a second and still find
/// the date or time written at its very end, which proves the whole line was scanned rather than given up on.
/// </summary>
public sealed class MeetingDatesHostileInputTests
{
    private const int Megabyte = 1 << 20;

    // The bound is loose on purpose (CI shares 2 cores with the rest of the suite); the patterns take a few
    // tens of milliseconds, and a backtracking blow-up would take minutes, so 5 s still tells them apart.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    public static TheoryData<string> Fillers => new()
    {
        "1 ", // a bare number at every other position: a candidate time start each time
        "9 Jan ", // a day and a month with no year, again and again
        "1:00-", // an unfinished range chain
        "Mar 1", // digits glued to month names
        "2019-", // year and dash, never a whole date
        "12/12/", // slashes, never a year
        "aaaaaaaaaa", // one long word, a zone candidate that never ends
        "Friday, ", // weekdays that never reach a date
        "0.", // version-like dots
        "5pm US ", // a time and half a zone name
        "(UTC-", // unfinished offsets in brackets
    };

    [Theory]
    [MemberData(nameof(Fillers))]
    public void FindDates_MegabyteLine_FinishesQuicklyAndFindsTheDateAtTheEnd(string filler)
    {
        // The semicolon keeps a filler ending in "9 Jan" from taking the year of the final date.
        var line = Repeat(filler) + "; 2020-05-19";

        var watch = Stopwatch.StartNew();
        var dates = MeetingDates.FindDates(line, defaultYear: null);
        watch.Stop();

        Assert.True(watch.Elapsed < Limit, $"took {watch.Elapsed}");
        Assert.Equal(new LocalDate(2020, 5, 19), dates[^1].Date);
    }

    [Theory]
    [MemberData(nameof(Fillers))]
    public void TryFindTime_MegabyteLine_FinishesQuickly(string filler)
    {
        var line = Repeat(filler);

        var watch = Stopwatch.StartNew();
        MeetingDates.TryFindTime(line, out _);
        watch.Stop();

        Assert.True(watch.Elapsed < Limit, $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("1 ")] // bare numbers are rejected one by one; the time at the end is still found
    [InlineData("aaaaaaaaaa")] // letters only
    [InlineData("0.")] // dots
    public void TryFindTime_MegabyteLineWithTimeAtEnd_FindsIt(string filler)
    {
        var line = Repeat(filler) + " 16:00 UTC";

        var watch = Stopwatch.StartNew();
        var found = MeetingDates.TryFindTime(line, out var match);
        watch.Stop();

        Assert.True(watch.Elapsed < Limit, $"took {watch.Elapsed}");
        Assert.True(found);
        Assert.Equal(new LocalTime(16, 0), match.Start);
        Assert.Equal("UTC", match.ZoneId);
    }

    [Fact]
    public void TryFindDateInFileName_MegabyteName_FinishesQuickly()
    {
        var name = Repeat("2019") + "_20251022_Readme.md";

        var watch = Stopwatch.StartNew();
        MeetingDates.TryFindDateInFileName(name, out _);
        watch.Stop();

        Assert.True(watch.Elapsed < Limit, $"took {watch.Elapsed}");
    }

    private static string Repeat(string filler) => string.Concat(Enumerable.Repeat(filler, (Megabyte / filler.Length) + 1));
}
