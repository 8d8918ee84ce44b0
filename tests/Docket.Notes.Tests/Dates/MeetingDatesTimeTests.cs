using Docket.Notes.Dates;
using NodaTime;
using NodaTime.Text;

namespace Docket.Notes.Tests.Dates;

public sealed class MeetingDatesTimeTests
{
    // Columns: text, start, end (or null), zone id (or null), fixed offset (or null), the text the match spans.
    [Theory]
    [InlineData("Time:       1:00-2:30pm ET  ", "13:00", "14:30", "America/New_York", null, "1:00-2:30pm ET")] // Hypha: pm applies to the start too
    [InlineData("Time:       5:00-6:00pm ET", "17:00", "18:00", "America/New_York", null, "5:00-6:00pm ET")] // later Hypha template
    [InlineData("Time:       Wed, Nov 06, 2019 @ 5-5:30pm ASYNC", "17:00", "17:30", null, null, "5-5:30pm")] // bare start hour; ASYNC is not a zone
    [InlineData("Time: 9 Jan 2019 6:00 PM ET", "18:00", null, "America/New_York", null, "6:00 PM ET")] // the 9 and 2019 of the date are not times
    [InlineData("Time: 8 AM PDT = https://everytimezone.com/?t=64125c00,384", "08:00", null, "America/Los_Angeles", null, "8 AM PDT")] // WECG
    [InlineData("11am US Pacific Time (UTC-7)", "11:00", null, "America/Los_Angeles", null, "11am US Pacific Time (UTC-7)")] // named zone wins over the offset
    [InlineData("12pm US Pacific Time (UTC-8)", "12:00", null, "America/Los_Angeles", null, "12pm US Pacific Time (UTC-8)")] // 12pm is noon
    [InlineData("## December 14th, 2016, 11a - Noon (Pacific Time) - [recording](x)", "11:00", "12:00", "America/Los_Angeles", null, "11a - Noon (Pacific Time)")] // one-letter meridiem, word end, zone in brackets
    [InlineData("- **Date/Time:** Friday, October 2, 2020, 2030 UTC", "20:30", null, "UTC", null, "2030 UTC")] // four-digit time before a zone
    [InlineData("    - 1430 UTC", "14:30", null, "UTC", null, "1430 UTC")] // stale template line
    [InlineData("Thursday 11:00 America/Los_Angeles", "11:00", null, "America/Los_Angeles", null, "11:00 America/Los_Angeles")] // IANA name
    [InlineData("at 16:00 UTC", "16:00", null, "UTC", null, "16:00 UTC")] // 24-hour clock
    [InlineData("<time:2023-03-10T10:00:00-05:00>", "10:00", null, "Etc/GMT+5", "-05:00", "<time:2023-03-10T10:00:00-05:00>")] // Zulip token: the offset is not a range end
    [InlineData("2023-03-10T15:30Z", "15:30", null, "UTC", null, "2023-03-10T15:30Z")] // ISO date-time in UTC
    [InlineData("Starts 9am UTC+2", "09:00", null, "Etc/GMT-2", "+02:00", "9am UTC+2")] // bare offset: tzdb's Etc names invert the sign
    [InlineData("Starts 9am (UTC-7)", "09:00", null, "Etc/GMT+7", "-07:00", "9am (UTC-7)")] // bare offset in brackets
    [InlineData("10:00 UTC+05:30", "10:00", null, null, "+05:30", "10:00 UTC+05:30")] // no IANA id names a half-hour offset
    [InlineData("lunch at noon", "12:00", null, null, null, "noon")] // word
    [InlineData("ends at midnight", "00:00", null, null, null, "midnight")] // word
    [InlineData("11-1pm CET", "11:00", "13:00", "Europe/Berlin", null, "11-1pm CET")] // pm would put the start after the end: it is am
    [InlineData("9:30 - 10:15", "09:30", "10:15", null, null, "9:30 - 10:15")] // 24-hour range with spaces
    [InlineData("1pm-2:30 Eastern Time", "13:00", "14:30", "America/New_York", null, "1pm-2:30 Eastern Time")] // the start's pm carries to the end
    [InlineData("22:00\u201300:30 UTC", "22:00", "00:30", "UTC", null, "22:00\u201300:30 UTC")] // en dash, range past midnight
    [InlineData("10 to 11am JST", "10:00", "11:00", "Asia/Tokyo", null, "10 to 11am JST")] // "to" as the range word
    [InlineData("6 p.m. BST", "18:00", null, "Europe/London", null, "6 p.m. BST")] // dotted meridiem
    [InlineData("17 UTC", "17:00", null, "UTC", null, "17 UTC")] // a bare hour is a time when a zone follows
    [InlineData("room 25 - 10am ET", "10:00", null, "America/New_York", null, "10am ET")] // a refused candidate (hour 25) does not hide the time inside it
    [InlineData("[20:13:50] <nick> hello", "20:13:50", null, null, null, "20:13:50")] // IRC timestamp keeps its seconds
    [InlineData("Standup 9:30am; retro 2pm", "09:30", null, null, null, "9:30am")] // the first of several times
    public void TryFindTime_WrittenTime_ReadsIt(string text, string start, string? end, string? zoneId, string? offset, string written)
    {
        Assert.True(MeetingDates.TryFindTime(text, out var match));
        Assert.Equal(Time(start), match.Start);
        Assert.Equal(end is null ? null : Time(end), match.End);
        Assert.Equal(zoneId, match.ZoneId);
        Assert.Equal(offset is null ? null : OffsetPattern.CreateWithInvariantCulture("+HH:mm").Parse(offset).Value, match.FixedOffset);
        Assert.Equal(written, text.Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("Release 0.4.0 is out, bump to 1.5 and v1.0.0")] // versions
    [InlineData("Only remaining issue is 2184")] // a number, no zone
    [InlineData("Fixed #1211 and #1430")] // issue references
    [InlineData("Meeting moved to 1430")] // four digits without a zone are a number
    [InlineData("Score was 3/4 with 2-3 people")] // fractions and bare ranges
    [InlineData("In 2019 we had 30 min slots")] // a year and a duration
    [InlineData("## Standup meeting - 2018-10-30")] // an ISO date holds no time
    [InlineData("See March 13th, 2019")] // a date holds no time
    [InlineData("afternoon and midnightly builds")] // words that contain noon and midnight
    [InlineData("et al. 5 et 6")] // lower-case et is not Eastern time
    [InlineData("25:00 UTC")] // no such hour
    [InlineData("13pm")] // meridiem on a 24-hour hour
    [InlineData("[9a1d156f..f7538506](https://perf.rust-lang.org/?start=7a809c)")] // hex hashes: a digit and a letter
    [InlineData("search?q=created%3A%3E2020-04-08")] // URL encoding: %3A is not 3 am
    public void TryFindTime_NotATime_FindsNothing(string text)
    {
        Assert.False(MeetingDates.TryFindTime(text, out var match), $"found {match}");
    }

    [Theory]
    [InlineData("ET", "America/New_York")] // abbreviation for the place, whatever the season
    [InlineData("EDT", "America/New_York")] // daylight abbreviation maps to the same place
    [InlineData("Eastern", "America/New_York")] // written out
    [InlineData("CST", "America/Chicago")] // central
    [InlineData("Central Time", "America/Chicago")] // central written out
    [InlineData("MDT", "America/Denver")] // mountain
    [InlineData("PT", "America/Los_Angeles")] // pacific
    [InlineData("US Pacific Time", "America/Los_Angeles")] // "US" prefix and "Time" suffix
    [InlineData("Pacific Standard Time", "America/Los_Angeles")] // "Standard"
    [InlineData("(Pacific Time)", "America/Los_Angeles")] // brackets as written
    [InlineData("CEST", "Europe/Berlin")] // central European summer
    [InlineData("Central European Time", "Europe/Berlin")] // not Chicago
    [InlineData("BST", "Europe/London")] // British summer time
    [InlineData("JST", "Asia/Tokyo")] // Japan
    [InlineData("IST", "Asia/Kolkata")] // India
    [InlineData("AEDT", "Australia/Sydney")] // Australia
    [InlineData("UTC", "UTC")] // universal
    [InlineData("GMT", "UTC")] // Greenwich is UTC
    [InlineData("Z", "UTC")] // Zulu
    [InlineData("America/Los_Angeles", "America/Los_Angeles")] // IANA id
    [InlineData("europe/berlin", "Europe/Berlin")] // IANA id in the wrong case
    [InlineData("UTC-7", "Etc/GMT+7")] // bare offset
    [InlineData("GMT+2", "Etc/GMT-2")] // bare offset from GMT
    [InlineData("UTC+0", "UTC")] // zero offset
    public void TryResolveZone_KnownZone_ReturnsIanaId(string text, string expected)
    {
        Assert.True(MeetingDates.TryResolveZone(text, out var id));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("ASYNC")] // Hypha's async weeks
    [InlineData("et")] // lower-case abbreviations are words
    [InlineData("Mars/Olympus")] // not a tzdb id
    [InlineData("UTC+5:30")] // a half-hour offset has no IANA id
    [InlineData("UTC+25")] // no such offset
    [InlineData("")] // nothing
    public void TryResolveZone_UnknownZone_ReturnsFalse(string text)
    {
        Assert.False(MeetingDates.TryResolveZone(text, out _));
    }

    private static LocalTime Time(string text) => LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss").Parse(text.Length == 5 ? text + ":00" : text).Value;
}
