using Docket.Meetings.Scheduling;
using NodaTime;

namespace Docket.Meetings.Tests.Scheduling;

public sealed class MeetingTimesTests
{
    private static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    [Fact]
    public void For_MembersAroundTheWorld_GivesEachTheirLocalTimeAndDay()
    {
        var cadence = Cadence.Parse("weekly on Thursday 17:00 America/Los_Angeles");
        var meeting = cadence.Between(new LocalDate(2024, 7, 4), new LocalDate(2024, 7, 4)).Single();

        var times = MeetingTimes.For(meeting, [("yj", Zone("Asia/Tokyo")), ("aaron", Zone("America/Los_Angeles")), ("manu", Zone("Europe/Berlin")), ("carolyn", Zone("America/Chicago"))]);

        // 17:00 PDT is 00:00 UTC on 5 July: Tokyo is already on Friday morning.
        Assert.Equal(["aaron", "carolyn", "manu", "yj"], times.Select(t => t.Person));
        Assert.Equal([new LocalTime(17, 0), new LocalTime(19, 0), new LocalTime(2, 0), new LocalTime(9, 0)], times.Select(t => t.Start.TimeOfDay));
        Assert.Equal([0, 0, 1, 1], times.Select(t => t.DayShift));
        Assert.All(times, t => Assert.Equal(meeting.Instant, t.Start.ToInstant()));
        Assert.All(times, t => Assert.Equal(meeting.EndInstant, t.End.ToInstant()));
    }

    [Fact]
    public void For_SameMeetingAcrossDst_ShiftsOnlyForZonesThatChanged()
    {
        // Europe changes on 31 March, the US on 10 March: on 14 March the gap is an hour shorter.
        var cadence = Cadence.Parse("weekly on Thursday 11:00 America/New_York");
        var members = new[] { ("manu", Zone("Europe/Berlin")) };

        var before = MeetingTimes.For(cadence.Between(new LocalDate(2024, 3, 7), new LocalDate(2024, 3, 7)).Single(), members).Single();
        var between = MeetingTimes.For(cadence.Between(new LocalDate(2024, 3, 14), new LocalDate(2024, 3, 14)).Single(), members).Single();
        var after = MeetingTimes.For(cadence.Between(new LocalDate(2024, 4, 4), new LocalDate(2024, 4, 4)).Single(), members).Single();

        Assert.Equal(new LocalTime(17, 0), before.Start.TimeOfDay);
        Assert.Equal(new LocalTime(16, 0), between.Start.TimeOfDay);
        Assert.Equal(new LocalTime(17, 0), after.Start.TimeOfDay);
    }
}
