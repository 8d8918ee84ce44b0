using Docket.Notes.Dates;
using NodaTime;
using NodaTime.Text;

namespace Docket.Notes.Tests.Dates;

public sealed class MeetingDatesResolveTests
{
    // Columns: date, time text, default zone, expected start, expected end (or null), expected zone id.
    [Theory]
    [InlineData("2020-05-19", "1:00-2:30pm ET", null, "2020-05-19T13:00:00-04:00", "2020-05-19T14:30:00-04:00", "America/New_York")] // ET in May is daylight time
    [InlineData("2020-01-14", "1:00-2:30pm ET", null, "2020-01-14T13:00:00-05:00", "2020-01-14T14:30:00-05:00", "America/New_York")] // ET in January is standard time
    [InlineData("2019-03-07", "11am US Pacific Time (UTC-7)", null, "2019-03-07T11:00:00-08:00", null, "America/Los_Angeles")] // the week before DST: tzdb beats the stale written offset
    [InlineData("2019-03-13", "11am US Pacific Time (UTC-7)", null, "2019-03-13T11:00:00-07:00", null, "America/Los_Angeles")] // DST began on 2019-03-10
    [InlineData("2019-01-09", "6:00 PM PDT", null, "2019-01-09T18:00:00-08:00", null, "America/Los_Angeles")] // PDT written in winter still means the place
    [InlineData("2019-10-26", "18:00 CET", null, "2019-10-26T18:00:00+02:00", null, "Europe/Berlin")] // Berlin on the last day of summer time
    [InlineData("2019-10-28", "18:00 CET", null, "2019-10-28T18:00:00+01:00", null, "Europe/Berlin")] // Berlin after the change on 2019-10-27
    [InlineData("2020-10-02", "2030 UTC", "America/New_York", "2020-10-02T20:30:00Z", null, "UTC")] // the written zone wins over the default
    [InlineData("2020-05-19", "5:00-6:00pm", "America/New_York", "2020-05-19T17:00:00-04:00", "2020-05-19T18:00:00-04:00", "America/New_York")] // no zone written: the default
    [InlineData("2020-05-19", "5:00-6:00pm", "ET", "2020-05-19T17:00:00-04:00", "2020-05-19T18:00:00-04:00", "America/New_York")] // a default written as people do
    [InlineData("2023-03-10", "<time:2023-03-10T10:00:00-05:00>", "Europe/Berlin", "2023-03-10T10:00:00-05:00", null, "Etc/GMT+5")] // Zulip's offset is kept
    [InlineData("2021-01-04", "10:00 UTC+05:30", null, "2021-01-04T10:00:00+05:30", null, "UTC+05:30")] // a fixed offset with no IANA id
    [InlineData("2020-01-01", "22:00-00:30 UTC", null, "2020-01-01T22:00:00Z", "2020-01-02T00:30:00Z", "UTC")] // end past midnight is the next day
    [InlineData("2019-03-10", "2:30am PT", null, "2019-03-10T03:30:00-07:00", null, "America/Los_Angeles")] // a time in the DST gap moves forward
    public void Resolve_TimeOnDate_UsesOffsetInForceThatDay(string date, string timeText, string? defaultZone, string start, string? end, string zoneId)
    {
        Assert.True(MeetingDates.TryFindTime(timeText, out var time));

        var resolved = MeetingDates.Resolve(LocalDatePattern.Iso.Parse(date).Value, time, defaultZone);

        Assert.NotNull(resolved);
        Assert.Equal(start, OffsetDateTimePattern.Rfc3339.Format(resolved.Value.Start));
        Assert.Equal(end, resolved.Value.End is { } e ? OffsetDateTimePattern.Rfc3339.Format(e) : null);
        Assert.Equal(zoneId, resolved.Value.ZoneId);
    }

    [Fact]
    public void Resolve_NoZoneAnywhere_ReturnsNull()
    {
        Assert.True(MeetingDates.TryFindTime("5:00-6:00pm", out var time));

        Assert.Null(MeetingDates.Resolve(new LocalDate(2020, 5, 19), time, defaultZoneId: null));
    }

    [Fact]
    public void Resolve_UnknownDefaultZone_ReturnsNull()
    {
        Assert.True(MeetingDates.TryFindTime("5:00pm", out var time));

        Assert.Null(MeetingDates.Resolve(new LocalDate(2020, 5, 19), time, defaultZoneId: "Mars/Olympus"));
    }
}
