using Docket.Meetings.Scheduling;
using NodaTime;

namespace Docket.Meetings.Tests.Scheduling;

public sealed class CadenceParseTests
{
    public static TheoryData<string, string, string> Readable => new()
    {
        // The five shapes the issue names, as users write them.
        { "weekly on Thursday 11:00 America/Los_Angeles", "FREQ=WEEKLY;BYDAY=TH", "weekly on Thursday 11:00 America/Los_Angeles for 60 minutes" },
        { "every other Tuesday 15:00 UTC", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "every other Tuesday 15:00 UTC for 60 minutes" },
        { "first Friday of the month 17:00 Europe/Berlin", "FREQ=MONTHLY;BYDAY=1FR", "monthly on the 1st Friday 17:00 Europe/Berlin for 60 minutes" },
        { "daily on weekdays 09:30 Europe/Paris", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "daily on weekdays 09:30 Europe/Paris for 60 minutes" },
        // No time or zone: the defaults fill them in and the canonical words show them.
        { "monthly on the 2nd Wednesday", "FREQ=MONTHLY;BYDAY=2WE", "monthly on the 2nd Wednesday 00:00 UTC for 60 minutes" },
        // A raw RRULE, with and without the property name, with the time after it.
        { "RRULE:FREQ=WEEKLY;BYDAY=TH", "FREQ=WEEKLY;BYDAY=TH", "weekly on Thursday 00:00 UTC for 60 minutes" },
        { "FREQ=WEEKLY;BYDAY=TU,TH 16:30 Europe/London", "FREQ=WEEKLY;BYDAY=TU,TH", "weekly on Tuesday and Thursday 16:30 Europe/London for 60 minutes" },
        // A rule words cannot say stays an RRULE in the canonical form.
        { "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 10:00 UTC", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1 10:00 UTC for 60 minutes" },
        // Case, 12-hour clock, plural days, abbreviations, zone case: all forgiven.
        { "Every Thursdays at 3pm america/new_york", "FREQ=WEEKLY;BYDAY=TH", "weekly on Thursday 15:00 America/New_York for 60 minutes" },
        { "weekly on Mon, Wed and Fri 9:00 UTC", "FREQ=WEEKLY;BYDAY=MO,WE,FR", "weekly on Monday, Wednesday and Friday 09:00 UTC for 60 minutes" },
        // A time range gives the length; "for" gives it too.
        { "weekly on Tuesday 14:00-15:30 UTC", "FREQ=WEEKLY;BYDAY=TU", "weekly on Tuesday 14:00 UTC for 90 minutes" },
        { "weekly on Tuesday 14:00 UTC for 1h30", "FREQ=WEEKLY;BYDAY=TU", "weekly on Tuesday 14:00 UTC for 90 minutes" },
        { "weekly on Tuesday 14:00 UTC for 45 minutes", "FREQ=WEEKLY;BYDAY=TU", "weekly on Tuesday 14:00 UTC for 45 minutes" },
        // Month days and the last of something.
        { "monthly on the 15th 12:00 UTC", "FREQ=MONTHLY;BYMONTHDAY=15", "monthly on the 15th 12:00 UTC for 60 minutes" },
        { "last Friday of the month 16:00 UTC", "FREQ=MONTHLY;BYDAY=-1FR", "monthly on the last Friday 16:00 UTC for 60 minutes" },
        { "every 3 weeks on Monday 10:00 UTC", "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO", "every 3 weeks on Monday 10:00 UTC for 60 minutes" },
        { "every 29th of February 10:00 UTC", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "yearly on the 29th of February 10:00 UTC for 60 minutes" },
        // Start and end.
        { "weekly on Thursday 11:00 UTC from 2024-01-04 until 2024-06-27", "FREQ=WEEKLY;UNTIL=20240627;BYDAY=TH", "weekly on Thursday 11:00 UTC for 60 minutes from 2024-01-04 until 2024-06-27" },
        { "weekly on Thursday 11:00 UTC from 2024-01-04 10 times", "FREQ=WEEKLY;COUNT=10;BYDAY=TH", "weekly on Thursday 11:00 UTC for 60 minutes from 2024-01-04 10 times" },
        // A weekly rule without a day takes the start date's weekday.
        { "weekly 11:00 UTC from 2024-01-04", "FREQ=WEEKLY", "weekly 11:00 UTC for 60 minutes from 2024-01-04" },
    };

    [Theory]
    [MemberData(nameof(Readable))]
    public void Parse_WordsOrRRule_GivesRuleAndCanonicalWords(string text, string rrule, string canonical)
    {
        var cadence = Cadence.Parse(text);

        Assert.Equal(rrule, cadence.ToRRule());
        Assert.Equal(canonical, cadence.ToString());
    }

    [Theory]
    [MemberData(nameof(Readable))]
    public void Parse_CanonicalWords_GivesEqualCadence(string text, string rrule, string canonical)
    {
        _ = rrule;
        var cadence = Cadence.Parse(text);

        var again = Cadence.Parse(canonical);

        Assert.Equal(cadence, again);
        Assert.Equal(canonical, again.ToString());
    }

    [Fact]
    public void Parse_LosAngeles_HoldsZoneTimeAndLength()
    {
        var cadence = Cadence.Parse("weekly on Thursday 11:00 America/Los_Angeles for 50 minutes");

        Assert.Equal("America/Los_Angeles", cadence.Zone.Id);
        Assert.Equal(new LocalTime(11, 0), cadence.StartTime);
        Assert.Equal(Duration.FromMinutes(50), cadence.Length);
        Assert.Equal(RecurrenceFrequency.Weekly, cadence.Frequency);
    }

    [Fact]
    public void Parse_DefaultsGiven_FillWhatTheWordsLeaveOut()
    {
        var defaults = new CadenceDefaults { StartTime = new LocalTime(17, 0), Zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"], Length = Duration.FromMinutes(30) };

        var cadence = Cadence.Parse("monthly on the 2nd Wednesday", defaults);

        Assert.Equal("monthly on the 2nd Wednesday 17:00 Europe/Berlin for 30 minutes", cadence.ToString());
    }

    public static TheoryData<string, string> Refused => new()
    {
        // An unknown zone is named, with the nearest real one when it is a typo.
        { "weekly on Thursday 11:00 America/Los_Angles", "unknown time zone 'America/Los_Angles' (did you mean America/Los_Angeles?)" },
        { "weekly on Thursday 11:00 Mars/Olympus_Mons", "unknown time zone 'Mars/Olympus_Mons': use an IANA name such as America/Los_Angeles, Europe/Berlin or UTC" },
        // An abbreviation is not a zone: PST says nothing about daylight saving.
        { "weekly on Thursday 11:00 PST", "unknown time zone 'PST': use an IANA name such as America/Los_Angeles, Europe/Berlin or UTC" },
        // Impossible recurrences.
        { "every 31st of February", "February never has a 31st day" },
        { "every 31st of April 10:00 UTC", "April never has a 31st day" },
        { "weekly on Funday", "'Funday' is not a day of the week" },
        { "RRULE:FREQ=WEEKLY;INTERVAL=0;BYDAY=TH", "INTERVAL must be at least 1, not 0" },
        { "every 0 weeks on Thursday", "INTERVAL must be at least 1, not 0" },
        { "RRULE:FREQ=WEEKLY;COUNT=3;UNTIL=20200101;BYDAY=TH", "COUNT and UNTIL cannot be used together (RFC 5545 3.3.10): keep one" },
        { "weekly on Thursday from 2024-01-04 until 2024-06-27 5 times", "COUNT and UNTIL cannot be used together (RFC 5545 3.3.10): keep one" },
        { "RRULE:FREQ=WEEKLY;BYDAY=FU", "'FU' in BYDAY is not a day of the week (MO, TU, WE, TH, FR, SA, SU)" },
        { "RRULE:FREQ=HOURLY", "FREQ=HOURLY is more often than a meeting series can be (at most DAILY)" },
        { "RRULE:FREQ=DAILY;BYHOUR=9,15", "BYHOUR would give several meetings a day; a cadence has one start time (write it after the rule, e.g. '11:00 UTC')" },
        { "RRULE:BYDAY=TH", "the RRULE has no FREQ (e.g. FREQ=WEEKLY;BYDAY=TH)" },
        { "RRULE:FREQ=MONTHLY;BYDAY=6FR", "a month has at most 5 of each weekday, so 6FR never happens" },
        { "RRULE:FREQ=WEEKLY;BYDAY=2TH", "a numbered weekday (2TH) needs FREQ=MONTHLY or FREQ=YEARLY" },
        // Something the parser cannot place is quoted back.
        { "fortnightly-ish 11:00", "cannot read 'fortnightly-ish' in 'fortnightly-ish 11:00': start with e.g. 'weekly on Thursday', 'every other Tuesday', 'first Friday of the month', 'daily on weekdays' or an RRULE" },
        { "weekly on Thursday 25:00 UTC", "'25:00' is not a time of day" },
        { "weekly on Thursday 11:00 13:00 UTC", "two start times (11:00 and 13:00)" },
        { "weekly on Thursday 11:00 UTC for ever", "cannot read the length 'ever' after 'for' (write e.g. 'for 60 minutes' or 'for 1h30')" },
        // A rule that leans on a start date it was not given.
        { "weekly 11:00 UTC", "'weekly 11:00 UTC' does not say which day: name it (e.g. 'weekly on Thursday') or give a start date ('from 2024-01-04')" },
        { "weekly on Thursday 11:00 UTC 10 times", "a number of meetings counts from the first one: give a start date ('from 2024-01-04')" },
        { "weekly on Thursday from 2024-06-01 until 2024-01-01", "the series ends on 2024-01-01, before it starts on 2024-06-01" },
        { "", "the cadence is empty: write e.g. 'weekly on Thursday 11:00 America/Los_Angeles'" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void TryParse_BadCadence_SaysWhy(string text, string message)
    {
        var ok = Cadence.TryParse(text, out var cadence, out var error);

        Assert.False(ok);
        Assert.Null(cadence);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Parse_BadCadence_ThrowsFormatExceptionWithTheSameMessage()
    {
        var error = Assert.Throws<FormatException>(() => Cadence.Parse("weekly on Funday"));

        Assert.Equal("'Funday' is not a day of the week", error.Message);
    }
}
