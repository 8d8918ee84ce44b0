using Docket.Store.Model;
using Docket.Store.Planning;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Fixtures;

/// <summary>Seeding helpers of the search and feed tests.</summary>
public sealed partial class TestServer
{
    /// <summary>Gives every meeting of a series on <paramref name="date"/> its own access level.</summary>
    public async Task SetMeetingAccessAsync(string teamSlug, string seriesSlug, string date, AccessLevel access)
    {
        await using var db = Store.CreateContext();
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var meetings = await db.Meetings.Where(m => m.Series.Team.Slug == teamSlug && m.Series.Slug == seriesSlug && m.Date == day).ToListAsync().ConfigureAwait(false);
        Assert.NotEmpty(meetings);
        foreach (var meeting in meetings)
        {
            meeting.ChangeAccess(access);
        }

        await db.SaveChangesAsync().ConfigureAwait(false);
    }

    /// <summary>Adds a planned series (a cadence, so it has a calendar) to a team; returns its slug.</summary>
    public async Task<string> SeedPlannedSeriesAsync(string teamSlug, string name, AccessLevel access, string cadence = "weekly on Thursday 11:00 UTC")
    {
        var added = await new SeriesPlanner(Store, Clock)
            .AddAsync(name, new SeriesSettings { Team = teamSlug, Cadence = cadence, Access = access })
            .ConfigureAwait(false);
        Assert.True(added.Succeeded, added.Message);
        return added.Value!.Slug;
    }

    public async Task<int> MeetingIdAsync(string teamSlug, string seriesSlug)
    {
        await using var db = Store.CreateContext();
        return await db.Meetings.Where(m => m.Series.Team.Slug == teamSlug && m.Series.Slug == seriesSlug).Select(m => m.Id).FirstAsync().ConfigureAwait(false);
    }
}
