using Docket.Notes.Dates;
using NodaTime;
using NodaTime.Text;

namespace Docket.Notes.Tests.Dates;

public sealed class MeetingDatesDateTests
{
    [Theory]
    [InlineData("June 13, 2019", "2019-06-13", "June 13, 2019")] // Athens running doc: a date alone on a line
    [InlineData("March 13th, 2019", "2019-03-13", "March 13th, 2019")] // ordinal suffix on the day
    [InlineData("Feb 28, 2019", "2019-02-28", "Feb 28, 2019")] // abbreviated month
    [InlineData("## Standup meeting - 2018-10-30", "2018-10-30", "2018-10-30")] // ISO in a heading
    [InlineData("- **Date/Time:** Friday, October 2, 2020, 2030 UTC", "2020-10-02", "Friday, October 2, 2020")] // weekday is part of the span; 2030 is a time, not a year
    [InlineData("Time:       Wed, Nov 06, 2019 @ 5-5:30pm ASYNC", "2019-11-06", "Wed, Nov 06, 2019")] // short weekday, zero-padded day
    [InlineData("Time: 9 Jan 2019 6:00 PM ET", "2019-01-09", "9 Jan 2019")] // day before month
    [InlineData("## December 14th, 2016, 11a - Noon (Pacific Time) - [recording](x)", "2016-12-14", "December 14th, 2016")] // date followed by a time range
    [InlineData("**12/17/2019**", "2019-12-17", "12/17/2019")] // US month/day/year in bold
    [InlineData("#### 10/10/2017", "2017-10-10", "10/10/2017")] // M/D/Y where both readings agree
    [InlineData("3/4/2019", "2019-03-04", "3/4/2019")] // M/D/Y: US order when the first number can be a month
    [InlineData("25/12/2019", "2019-12-25", "25/12/2019")] // first number > 12 can only be a day
    [InlineData("title: 2019.10.10", "2019-10-10", "2019.10.10")] // Hugo front matter with dots
    [InlineData("# WG-Polonius meeting minutes: 2019/05/07", "2019-05-07", "2019/05/07")] // slashes, year first
    [InlineData("# IRC Minutes from 22.10.2025", "2025-10-22", "22.10.2025")] // European day.month.year
    [InlineData("# IPFS All Hands Call 23 July 2018", "2018-07-23", "23 July 2018")] // day-first with full month
    [InlineData("# 💫Golang Core Dev Team Weekly Sync 🙌🏽 November 12, 2018", "2018-11-12", "November 12, 2018")] // emoji before the date
    [InlineData("## 04 February 2026", "2026-02-04", "04 February 2026")] // zero-padded day-first
    [InlineData("## Triage (2020-12-16)", "2020-12-16", "2020-12-16")] // ISO in brackets
    [InlineData("<time:2023-03-10T10:00:00-05:00>", "2023-03-10", "2023-03-10")] // Zulip time token
    [InlineData("Sept. 5, 2019", "2019-09-05", "Sept. 5, 2019")] // four-letter abbreviation with a dot
    [InlineData("february 21 2019", "2019-02-21", "february 21 2019")] // lower case, no comma
    [InlineData("## February 21, 2019 - ([recording](https://youtu.be/DYmZVxtyCN4))", "2019-02-21", "February 21, 2019")] // a link after the date
    [InlineData("Feb 29, 2020", "2020-02-29", "Feb 29, 2020")] // leap day in a leap year
    public void TryFindDate_WrittenDate_ReadsDateAndSpan(string text, string expected, string written)
    {
        Assert.True(MeetingDates.TryFindDate(text, defaultYear: null, out var match));
        Assert.Equal(Iso(expected), match.Date);
        Assert.Equal(written, text.Substring(match.Index, match.Length));
        Assert.True(match.HasYear);
    }

    [Theory]
    [InlineData("# WECG Meetings 2023, Public Notes, Mar 16", 2023, "2023-03-16", "Mar 16")] // year only in the title, not next to the day
    [InlineData("# Dec 19 Proposed Agenda {#dec-19-proposed-agenda}", 2019, "2019-12-19", "Dec 19")] // running agenda heading
    [InlineData("Dec 19, 10am", 2019, "2019-12-19", "Dec 19")] // a time after, not a year
    public void TryFindDate_NoYearWritten_UsesDefaultYear(string text, int defaultYear, string expected, string written)
    {
        Assert.True(MeetingDates.TryFindDate(text, defaultYear, out var match));
        Assert.Equal(Iso(expected), match.Date);
        Assert.Equal(written, text.Substring(match.Index, match.Length));
        Assert.False(match.HasYear);
    }

    [Fact]
    public void TryFindDate_NoYearWrittenAndNoDefault_FindsNothing()
    {
        Assert.False(MeetingDates.TryFindDate("# Dec 19 Proposed Agenda", defaultYear: null, out _));
    }

    [Theory]
    [InlineData("Release 0.4.0 is out")] // version number
    [InlineData("Bump to 1.5 and v1.0.0")] // versions with a v and two parts
    [InlineData("See #1211 and #2019")] // issue references
    [InlineData("In 2019 we moved to GitHub")] // bare year in prose
    [InlineData("Only remaining issue is 2184")] // a number that looks like a year
    [InlineData("The image is 1920x1080, 2.5 MB")] // sizes
    [InlineData("Vote was 3/4 in favour, 12/17 attended")] // scores and fractions without a year
    [InlineData("Feb 30, 2019")] // invalid day
    [InlineData("2019-02-29")] // not a leap year
    [InlineData("2019-13-01")] // month 13
    [InlineData("13/13/2019")] // neither reading is a month
    [InlineData("v1.10.2019")] // version-like triple after a letter
    [InlineData("1.2.10.2019")] // four-part version
    [InlineData("https://example.com/blog/2019/05/07/post")] // a path inside a URL, not a date written by people
    [InlineData("December 2019 roadmap")] // month and year without a day
    [InlineData("we may 5 times retry")] // lower-case "may" is the verb
    [InlineData("Issue 1211 closed, PR 2019/2020")] // references with numbers
    public void TryFindDate_NotADate_FindsNothing(string text)
    {
        Assert.False(MeetingDates.TryFindDate(text, defaultYear: 2019, out var match), $"found {match}");
    }

    [Fact]
    public void FindDates_SeveralDates_ReturnsEachInOrder()
    {
        var text = "Moved from 2019-03-07 to March 13th, 2019; next: 3/21/2019 and Dec 19.";

        var dates = MeetingDates.FindDates(text, defaultYear: 2019);

        Assert.Equal(
            [Iso("2019-03-07"), Iso("2019-03-13"), Iso("2019-03-21"), Iso("2019-12-19")],
            dates.Select(d => d.Date));
        Assert.Equal([true, true, true, false], dates.Select(d => d.HasYear));
    }

    [Fact]
    public void FindDates_InvalidDateBetweenValidOnes_SkipsOnlyTheInvalid()
    {
        var dates = MeetingDates.FindDates("2019-02-28, Feb 30, 2019, 2019-03-01", defaultYear: null);

        Assert.Equal([Iso("2019-02-28"), Iso("2019-03-01")], dates.Select(d => d.Date));
    }

    [Fact]
    public void FindDates_AthensRunningDocument_FindsEveryDateLineAndNothingElse()
    {
        var lines = File.ReadAllLines(Fixtures.SharedFiles.Seed("003"));

        var datedLines = lines.Select((line, number) => (line, number))
            .Where(l => MeetingDates.FindDates(l.line, defaultYear: null).Count > 0)
            .ToList();

        // Each dated line of the running document is a date alone on its line ("June 13, 2019", "March 13th, 2019").
        Assert.NotEmpty(datedLines);
        Assert.All(datedLines, l =>
        {
            Assert.True(MeetingDates.TryFindDate(l.line, null, out var match));
            Assert.Equal(l.line.Trim(), l.line.Substring(match.Index, match.Length));
        });
        Assert.Contains(datedLines, l => l.line.Trim() == "June 13, 2019");
        Assert.Contains(datedLines, l => l.line.Trim() == "March 13th, 2019");
    }

    private static LocalDate Iso(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
