using Docket.Meetings.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace Docket.Meetings.Tests.Scheduling;

/// <summary>A meeting keeps its local time when the clocks change; the UTC time moves instead.</summary>
public sealed class DaylightSavingTests
{
    public static TheoryData<string, string, string, string> Edges => new()
    {
        // Europe/Berlin springs forward on 2024-03-31 (02:00 -> 03:00) and falls back on 2024-10-27 (03:00 -> 02:00).
        { "weekly on Thursday 11:00 Europe/Berlin", "2024-03-28", "2024-03-28T10:00:00Z", "+01" }, // last week of winter time
        { "weekly on Thursday 11:00 Europe/Berlin", "2024-04-04", "2024-04-04T09:00:00Z", "+02" }, // first week of summer time
        { "weekly on Sunday 10:00 Europe/Berlin", "2024-03-31", "2024-03-31T08:00:00Z", "+02" }, // on the day itself, after the change
        { "weekly on Sunday 02:30 Europe/Berlin", "2024-03-31", "2024-03-31T01:30:00Z", "+02" }, // 02:30 does not exist: moved forward by the gap (RFC 5545), 03:30 CEST
        { "weekly on Sunday 02:30 Europe/Berlin", "2024-10-27", "2024-10-27T00:30:00Z", "+02" }, // 02:30 happens twice: the first one (CEST) is meant
        { "weekly on Sunday 02:30 Europe/Berlin", "2024-11-03", "2024-11-03T01:30:00Z", "+01" }, // the week after: plain winter time
        // America/New_York springs forward on 2024-03-10 (02:00 -> 03:00), falls back on 2024-11-03 (02:00 -> 01:00).
        { "weekly on Thursday 11:00 America/New_York", "2024-03-07", "2024-03-07T16:00:00Z", "-05" },
        { "weekly on Thursday 11:00 America/New_York", "2024-03-14", "2024-03-14T15:00:00Z", "-04" },
        { "weekly on Sunday 02:30 America/New_York", "2024-03-10", "2024-03-10T07:30:00Z", "-04" }, // gap: 03:30 EDT
        { "weekly on Sunday 01:30 America/New_York", "2024-11-03", "2024-11-03T05:30:00Z", "-04" }, // overlap: the first 01:30 (EDT)
        { "weekly on Sunday 01:30 America/New_York", "2024-11-10", "2024-11-10T06:30:00Z", "-05" },
        // Australia/Sydney is the other way round: summer time starts 2024-10-06 (02:00 -> 03:00), ends 2024-04-07 (03:00 -> 02:00).
        { "weekly on Monday 09:00 Australia/Sydney", "2024-04-01", "2024-03-31T22:00:00Z", "+11" }, // UTC date is the day before
        { "weekly on Monday 09:00 Australia/Sydney", "2024-04-08", "2024-04-07T23:00:00Z", "+10" },
        { "weekly on Sunday 02:30 Australia/Sydney", "2024-04-07", "2024-04-06T15:30:00Z", "+11" }, // overlap: the first 02:30 (AEDT)
        { "weekly on Sunday 02:30 Australia/Sydney", "2024-10-06", "2024-10-05T16:30:00Z", "+11" }, // gap: 03:30 AEDT
        { "weekly on Monday 09:00 Australia/Sydney", "2024-10-07", "2024-10-06T22:00:00Z", "+11" },
        // A zone without daylight saving never moves.
        { "weekly on Thursday 11:00 UTC", "2024-03-28", "2024-03-28T11:00:00Z", "+00" },
        { "weekly on Thursday 11:00 UTC", "2024-04-04", "2024-04-04T11:00:00Z", "+00" },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Between_AroundClockChanges_KeepsLocalTimeAndMovesUtc(string words, string date, string utc, string offset)
    {
        var cadence = Cadence.Parse(words);
        var day = LocalDatePattern.Iso.Parse(date).Value;

        var occurrence = Assert.Single(cadence.Between(day, day));

        Assert.Equal(InstantPattern.General.Parse(utc).Value, occurrence.Instant);
        Assert.Equal(offset, OffsetPattern.CreateWithInvariantCulture("+HH").Format(occurrence.Start.Offset));
        Assert.Equal(day, occurrence.RuleDate);
    }

    [Fact]
    public void Between_HourLongMeetingInTheOverlap_EndsAnElapsedHourLater()
    {
        // 01:30 EDT + 60 minutes is 01:30 EST: the local clock shows the same time, an hour has passed.
        var cadence = Cadence.Parse("weekly on Sunday 01:30 America/New_York for 60 minutes");

        var occurrence = Assert.Single(cadence.Between(new LocalDate(2024, 11, 3), new LocalDate(2024, 11, 3)));

        Assert.Equal(Duration.FromHours(1), occurrence.EndInstant - occurrence.Instant);
        Assert.Equal(new LocalTime(1, 30), occurrence.End.TimeOfDay);
        Assert.Equal(Offset.FromHours(-5), occurrence.End.Offset);
    }

    [Fact]
    public void Between_LosAngelesAcrossAYear_Is18UtcInSummerAnd19InWinter()
    {
        var cadence = Cadence.Parse("weekly on Thursday 11:00 America/Los_Angeles");

        var hours = cadence.Between(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31))
            .GroupBy(o => o.Instant.InUtc().Hour)
            .ToDictionary(g => g.Key, g => g.Count());

        // 2024: PDT from 10 March to 3 November, 34 Thursdays; the other 18 are PST.
        Assert.Equal(new Dictionary<int, int> { [18] = 34, [19] = 18 }, hours);
    }
}
