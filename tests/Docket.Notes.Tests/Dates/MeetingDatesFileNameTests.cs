using Docket.Notes.Dates;
using NodaTime.Text;

namespace Docket.Notes.Tests.Dates;

public sealed class MeetingDatesFileNameTests
{
    [Theory]
    [InlineData("2019-07-03-infrastructure.md", "2019-07-03")] // Hypha: ISO then a slug
    [InlineData("main_20251022_Readme.md", "2025-10-22")] // W3C WoT: compact date flattened from folders
    [InlineData("2018-10-16--go-core-dev.md", "2018-10-16")] // IPFS: double dash before the meeting name
    [InlineData("T-compiler Meeting Agenda 2023-03-09.md", "2023-03-09")] // Rust: date at the end, after a hyphenated word
    [InlineData("magazine.2020-06-10-12.02.log.txt", "2020-06-10")] // IRC log: date then a time with dots
    [InlineData("weekly-meetings_2014-09-09.md", "2014-09-09")] // Rust weekly meetings
    [InlineData("2019.10.10.md", "2019-10-10")] // dotted date, extension follows
    [InlineData("minutes/td/2026012122/Readme.md", "2026-01-21")] // two-day folder: the first day
    [InlineData("notes/2020-11-13.md", "2020-11-13")] // file name wins over nothing in the folder
    [InlineData("2019-01-01/notes-2020-02-02.md", "2020-02-02")] // the file name wins over a folder
    [InlineData("en/meetings/2016/09/22/index.md", "2016-09-22")] // Jekyll permalink folders
    [InlineData(@"C:\notes\2021-07-04.md", "2021-07-04")] // Windows separators
    public void TryFindDateInFileName_DatedName_ReadsDate(string source, string expected)
    {
        Assert.True(MeetingDates.TryFindDateInFileName(source, out var date));
        Assert.Equal(LocalDatePattern.Iso.Parse(expected).Value, date);
    }

    [Theory]
    [InlineData("README.md")] // no digits at all
    [InlineData("notes-v1.0.0.md")] // a version
    [InlineData("issue-1211.md")] // an issue number
    [InlineData("20191332_notes.md")] // compact form with month 13
    [InlineData("")] // nothing
    public void TryFindDateInFileName_UndatedName_FindsNothing(string source)
    {
        Assert.False(MeetingDates.TryFindDateInFileName(source, out _));
    }
}
