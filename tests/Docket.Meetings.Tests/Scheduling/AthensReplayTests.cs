using System.Text.RegularExpressions;
using Docket.Meetings.Scheduling;
using Docket.Notes.Tests.Fixtures;
using Docket.Notes;
using NodaTime;

namespace Docket.Meetings.Tests.Scheduling;

/// <summary>
/// A year of the Athens developer meeting (seed 003: every Thursday, June 2018 to June 2019, 11am
/// Pacific), replayed from its cadence and compared with the dated sections of the real notes.
/// </summary>
public sealed partial class AthensReplayTests
{
    private static readonly Cadence Athens = Cadence.Parse("weekly on Thursday 11:00 America/Los_Angeles");

    // What the notes themselves say happened, one exception per remark.
    private static readonly OccurrenceException[] Remarks =
    [
        OccurrenceException.Skip(new LocalDate(2018, 6, 28), "We didn't meet today"),
        OccurrenceException.Skip(new LocalDate(2019, 3, 21), "I don't think we met this time"),
        // "Today we're meeting at 12pm US Pacific Time (UTC-8)!"
        OccurrenceException.Move(new LocalDate(2019, 3, 7), new LocalDate(2019, 3, 7), new LocalTime(12, 0), "meeting time vote"),
        // The section is dated Wednesday 13 March and says "Today we're meeting at 11am".
        OccurrenceException.Move(new LocalDate(2019, 3, 14), new LocalDate(2019, 3, 13), null, "met a day early"),
    ];

    [Fact]
    public void Timeline_AYearOfAthens_HasEveryDatedSectionOfTheNotes()
    {
        var sections = SeedSections();

        var timeline = Athens.Timeline(new LocalDate(2018, 6, 21), new LocalDate(2019, 6, 13), Remarks).ToList();

        Assert.Equal(36, sections.Count);
        Assert.Equal(52, timeline.Count); // 52 Thursdays; the notes skip some weeks (holidays, a winter break)
        Assert.Empty(sections.Except(timeline.Select(o => o.Date)));
        Assert.Equal(
            [new LocalDate(2018, 6, 28), new LocalDate(2019, 3, 21)],
            timeline.Where(o => o.Status == OccurrenceStatus.Skipped).Select(o => o.Date));
    }

    [Fact]
    public void Between_AYearOfAthens_UtcTimesFollowBothClockChanges()
    {
        var sections = SeedSections();
        var meetings = Athens.Between(new LocalDate(2018, 6, 21), new LocalDate(2019, 6, 13), Remarks).ToDictionary(o => o.Date);

        foreach (var date in sections.Where(meetings.ContainsKey))
        {
            var meeting = meetings[date];
            // US law, not the tz database: PDT ended on 4 Nov 2018 and began again on 10 Mar 2019.
            var winter = date > new LocalDate(2018, 11, 4) && date < new LocalDate(2019, 3, 10);
            var localHour = date == new LocalDate(2019, 3, 7) ? 12 : 11;
            var expected = localHour + (winter ? 8 : 7);
            Assert.True(meeting.Instant.InUtc().Hour == expected, $"{date}: {meeting.Instant} is not {expected}:00 UTC");
        }

        Assert.Equal(34, sections.Count(meetings.ContainsKey)); // 36 sections less the two weeks nobody met
    }

    [Fact]
    public void Between_SectionsThatStateTheirTime_AgreeWithTheComputedOffset()
    {
        var text = File.ReadAllText(SharedFiles.Seed("003"));
        var meetings = Athens.Between(new LocalDate(2019, 3, 1), new LocalDate(2019, 3, 31), Remarks).ToDictionary(o => o.Date);

        // Newest first: "Today we're meeting at 11am US Pacific Time (UTC-7)" (13 March), then "12pm ... (UTC-8)" (7 March).
        var stated = StatedTime().Matches(text).Select(m => (hour: int.Parse(m.Groups[1].Value) % 12 + (m.Groups[2].Value == "pm" ? 12 : 0), offset: int.Parse(m.Groups[3].Value))).ToList();

        Assert.Equal([(11, -7), (12, -8)], stated);
        var march13 = meetings[new LocalDate(2019, 3, 13)];
        var march7 = meetings[new LocalDate(2019, 3, 7)];
        Assert.Equal((stated[0].hour, Offset.FromHours(stated[0].offset)), (march13.Start.Hour, march13.Start.Offset));
        Assert.Equal((stated[1].hour, Offset.FromHours(stated[1].offset)), (march7.Start.Hour, march7.Start.Offset));
        Assert.Equal(Instant.FromUtc(2019, 3, 7, 20, 0), march7.Instant);
        Assert.Equal(Instant.FromUtc(2019, 3, 13, 18, 0), march13.Instant);
    }

    [Fact]
    public void Next_DuringTheWinterBreak_IsTheFirstThursdayAfterIt()
    {
        // The notes go quiet after 20 Dec 2018; the cadence still has the meeting of 27 Dec at 19:00 UTC.
        var next = Athens.Next(Instant.FromUtc(2018, 12, 21, 0, 0), Remarks);

        Assert.NotNull(next);
        Assert.Equal(new LocalDate(2018, 12, 27), next.Date);
        Assert.Equal(Instant.FromUtc(2018, 12, 27, 19, 0), next.Instant);
    }

    private static List<LocalDate> SeedSections()
    {
        var read = NotesReader.Read(File.ReadAllText(SharedFiles.Seed("003")), "003_athens.txt");
        return [.. read.Document!.Meetings.Select(m => m.Date!.Value)];
    }

    [GeneratedRegex(@"Today we're meeting at (\d{1,2})(am|pm) US Pacific Time \(UTC([-+]\d{1,2})\)")]
    private static partial Regex StatedTime();
}
