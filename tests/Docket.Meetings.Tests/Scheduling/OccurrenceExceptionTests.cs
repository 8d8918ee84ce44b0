using Docket.Meetings.Scheduling;
using NodaTime;

namespace Docket.Meetings.Tests.Scheduling;

public sealed class OccurrenceExceptionTests
{
    private static readonly Cadence Thursdays = Cadence.Parse("weekly on Thursday 11:00 America/Los_Angeles");

    public static TheoryData<string, string> Written => new()
    {
        { "skip 2019-07-04 \"US holiday\"", "skip 2019-07-04 \"US holiday\"" },
        { "skip 2019-07-04", "skip 2019-07-04" },
        { "skip 2019-07-04 US holiday", "skip 2019-07-04 \"US holiday\"" }, // an unquoted reason is kept
        { "move 2019-07-04 -> 2019-07-05 10:00", "move 2019-07-04 -> 2019-07-05 10:00" },
        { "move 2019-07-04 -> 2019-07-05", "move 2019-07-04 -> 2019-07-05" }, // keeps the usual time
        { "move 2019-07-04 -> 16:00 \"clash\"", "move 2019-07-04 -> 2019-07-04 16:00 \"clash\"" }, // same day, new time
        { "MOVE 2019-07-04 to 2019-07-05 9:30", "move 2019-07-04 -> 2019-07-05 09:30" },
        { "skip 2019-07-04 \"say \\\"no\\\"\"", "skip 2019-07-04 \"say \\\"no\\\"\"" }, // quotes inside the reason survive
        { "skip 2019-07-04 \"two\nlines\u0007\"", "skip 2019-07-04 \"two lines\"" }, // a reason is one clean line
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Parse_Written_RoundTripsThroughToString(string text, string canonical)
    {
        var exception = OccurrenceException.Parse(text);

        Assert.Equal(canonical, exception.ToString());
        Assert.Equal(exception, OccurrenceException.Parse(exception.ToString()));
    }

    public static TheoryData<string, string> Refused => new()
    {
        { "cancel 2019-07-04", "write 'skip 2019-07-04 \"reason\"' or 'move 2019-07-04 -> 2019-07-05 10:00 \"reason\"'" },
        { "skip July 4th", "'July' is not a date like 2019-07-04" },
        { "move 2019-07-04", "a move needs where to: 'move 2019-07-04 -> 2019-07-05 10:00'" },
        { "move 2019-07-04 2019-07-05", "a move needs where to: 'move 2019-07-04 -> 2019-07-05 10:00'" },
        { "move 2019-07-04 -> tomorrow", "'tomorrow' is not a date like 2019-07-05 or a time like 10:00" },
        { "move 2019-07-04 -> 2019-07-04", "the move of 2019-07-04 changes neither the date nor the time" },
        { "skip 2019-07-04 \"unclosed", "the reason's quote is not closed" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void TryParse_Bad_SaysWhy(string text, string message)
    {
        Assert.False(OccurrenceException.TryParse(text, out var exception, out var error));
        Assert.Null(exception);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Between_Skip_LeavesTheMeetingOutButTimelineKeepsIt()
    {
        var skip = OccurrenceException.Parse("skip 2019-07-04 \"US holiday\"");

        var between = Thursdays.Between(new LocalDate(2019, 7, 1), new LocalDate(2019, 7, 14), [skip]).Select(o => o.Date);
        var timeline = Thursdays.Timeline(new LocalDate(2019, 7, 1), new LocalDate(2019, 7, 14), [skip]).ToList();

        Assert.Equal([new LocalDate(2019, 7, 11)], between);
        Assert.Equal(2, timeline.Count);
        Assert.Equal(OccurrenceStatus.Skipped, timeline[0].Status);
        Assert.Equal("US holiday", timeline[0].Reason);
    }

    [Fact]
    public void Between_Move_PutsTheMeetingAtItsNewTimeAndKeepsItsRuleDate()
    {
        var move = OccurrenceException.Parse("move 2019-07-04 -> 2019-07-05 10:00 \"US holiday\"");

        var meetings = Thursdays.Between(new LocalDate(2019, 7, 1), new LocalDate(2019, 7, 14), [move]).ToList();

        Assert.Equal(2, meetings.Count);
        Assert.Equal(new LocalDate(2019, 7, 5), meetings[0].Date);
        Assert.Equal(new LocalDate(2019, 7, 4), meetings[0].RuleDate);
        Assert.Equal(OccurrenceStatus.Moved, meetings[0].Status);
        Assert.Equal(Instant.FromUtc(2019, 7, 5, 17, 0), meetings[0].Instant); // 10:00 PDT
        Assert.Equal(Instant.FromUtc(2019, 7, 5, 18, 0), meetings[0].EndInstant);
    }

    [Fact]
    public void Between_MoveAcrossTheRangeEdge_FollowsTheNewDate()
    {
        // Moved from Thursday 4 July to Monday 8 July: a range that starts on the 6th still has it.
        var move = OccurrenceException.Parse("move 2019-07-04 -> 2019-07-08");

        var inside = Thursdays.Between(new LocalDate(2019, 7, 6), new LocalDate(2019, 7, 9), [move]).ToList();
        var before = Thursdays.Between(new LocalDate(2019, 7, 1), new LocalDate(2019, 7, 5), [move]).ToList();

        Assert.Equal(new LocalDate(2019, 7, 8), Assert.Single(inside).Date);
        Assert.Equal(new LocalTime(11, 0), inside[0].Start.TimeOfDay);
        Assert.Empty(before);
    }

    [Fact]
    public void Between_ExceptionForADayWithoutMeeting_IsIgnored()
    {
        // A stale exception (the cadence changed since) must not invent a meeting.
        var stale = OccurrenceException.Parse("move 2019-07-03 -> 2019-07-05");

        var meetings = Thursdays.Between(new LocalDate(2019, 7, 1), new LocalDate(2019, 7, 7), [stale]).Select(o => o.Date);

        Assert.Equal([new LocalDate(2019, 7, 4)], meetings);
    }

    [Fact]
    public void Check_DayWithoutMeeting_NamesTheNearestMeetings()
    {
        var message = Thursdays.Check(OccurrenceException.Parse("skip 2019-07-03"));

        Assert.Equal("the series has no meeting on 2019-07-03 (Wednesday); the nearest are 2019-06-27 and 2019-07-04", message);
        Assert.Null(Thursdays.Check(OccurrenceException.Parse("skip 2019-07-04")));
    }

    [Fact]
    public void Records_WithExpression_CannotMakeAMoveWithoutATarget()
    {
        // The properties are get-only: the only ways in are Skip, Move and Parse, which check.
        var properties = typeof(OccurrenceException).GetProperties();

        Assert.All(properties, p => Assert.Null(p.SetMethod));
    }
}
