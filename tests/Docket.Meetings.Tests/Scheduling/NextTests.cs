using Docket.Meetings.Scheduling;
using NodaTime;

namespace Docket.Meetings.Tests.Scheduling;

public sealed class NextTests
{
    public static TheoryData<string, string, string?> Cases => new()
    {
        // Thursday 11:00-12:00 UTC.
        { "weekly on Thursday 11:00 UTC", "2024-01-01T00:00:00Z", "2024-01-04T11:00:00Z" }, // Monday: this week's Thursday
        { "weekly on Thursday 11:00 UTC", "2024-01-04T11:30:00Z", "2024-01-04T11:00:00Z" }, // in progress: still the one to run
        { "weekly on Thursday 11:00 UTC", "2024-01-04T12:00:00Z", "2024-01-11T11:00:00Z" }, // just ended: next week's
        // Late evening in Los Angeles is already the next day in UTC.
        { "weekly on Thursday 23:30 America/Los_Angeles", "2024-01-05T07:45:00Z", "2024-01-05T07:30:00Z" },
        // A series with an end has no next meeting after it.
        { "weekly on Thursday 11:00 UTC from 2024-01-04 until 2024-01-11", "2024-01-11T12:00:00Z", null },
        { "weekly on Thursday 11:00 UTC from 2024-01-04 2 times", "2024-01-05T00:00:00Z", "2024-01-11T11:00:00Z" },
        { "weekly on Thursday 11:00 UTC from 2024-01-04 2 times", "2024-01-12T00:00:00Z", null },
        // A rare rule: the next leap day is years away.
        { "every 29th of February 10:00 UTC", "2024-03-01T00:00:00Z", "2028-02-29T10:00:00Z" },
        // A start date in the future: nothing before it.
        { "weekly on Thursday 11:00 UTC from 2030-01-03", "2024-01-01T00:00:00Z", "2030-01-03T11:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Next_AtInstant_IsTheFirstMeetingNotYetEnded(string words, string now, string? expected)
    {
        var cadence = Cadence.Parse(words);

        var next = cadence.Next(NodaTime.Text.InstantPattern.General.Parse(now).Value);

        Assert.Equal(expected, next is null ? null : NodaTime.Text.InstantPattern.General.Format(next.Instant));
    }

    [Fact]
    public void Next_NextOneSkipped_IsTheOneAfter()
    {
        var cadence = Cadence.Parse("weekly on Thursday 11:00 UTC");

        var next = cadence.Next(Instant.FromUtc(2024, 1, 1, 0, 0), [OccurrenceException.Skip(new LocalDate(2024, 1, 4))]);

        Assert.Equal(new LocalDate(2024, 1, 11), next?.Date);
    }

    [Fact]
    public void Next_LastMeetingMovedPastTheEnd_IsTheMovedOne()
    {
        var cadence = Cadence.Parse("weekly on Thursday 11:00 UTC from 2024-01-04 until 2024-01-11");
        var move = OccurrenceException.Move(new LocalDate(2024, 1, 11), new LocalDate(2024, 1, 18));

        var next = cadence.Next(Instant.FromUtc(2024, 1, 12, 0, 0), [move]);

        Assert.Equal(new LocalDate(2024, 1, 18), next?.Date);
        Assert.Equal(new LocalDate(2024, 1, 11), next?.RuleDate);
    }

    [Fact]
    public void Between_EveryOtherTuesday_AlternatesWeeks()
    {
        var cadence = Cadence.Parse("every other Tuesday 15:00 UTC from 2024-01-09");

        var dates = cadence.Between(new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 29)).Select(o => o.Date.Day);

        Assert.Equal([9, 23, 6, 20], dates);
    }

    [Fact]
    public void Between_FirstFridayAndWeekdays_GiveTheRightDays()
    {
        var firstFriday = Cadence.Parse("first Friday of the month 17:00 Europe/Berlin");
        var weekdays = Cadence.Parse("daily on weekdays 09:30 Europe/Paris");

        Assert.Equal(
            [new LocalDate(2024, 1, 5), new LocalDate(2024, 2, 2), new LocalDate(2024, 3, 1)],
            firstFriday.Between(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31)).Select(o => o.Date));
        Assert.Equal(
            [IsoDayOfWeek.Friday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday],
            weekdays.Between(new LocalDate(2024, 3, 29), new LocalDate(2024, 4, 2)).Select(o => o.Date.DayOfWeek));
    }

    [Fact]
    public void Between_ReversedRange_IsEmpty()
    {
        var cadence = Cadence.Parse("daily 09:00 UTC");

        Assert.Empty(cadence.Between(new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1)));
    }
}
