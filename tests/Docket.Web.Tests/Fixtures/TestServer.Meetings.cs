using Docket.Store.Planning;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Fixtures;

/// <summary>Helpers of the meetings tests: ids of what an import stored, and series with a plan.</summary>
public sealed partial class TestServer
{
    /// <summary>The first meeting stored from a notes file.</summary>
    public async Task<int> MeetingIdAsync(string path)
    {
        await using var db = Store.CreateContext();
        return await db.Meetings.Where(m => m.Source.Path == path).OrderBy(m => m.Ordinal).Select(m => m.Id).FirstAsync().ConfigureAwait(false);
    }

    /// <summary>The action item a meeting's notes mention with these words.</summary>
    public async Task<int> ActionIdAsync(int meetingId, string text)
    {
        await using var db = Store.CreateContext();
        return await db.ActionMentions.Where(m => m.MeetingId == meetingId && m.Text == text).Select(m => m.ActionItemId).SingleAsync().ConfigureAwait(false);
    }

    public async Task<Docket.Store.Model.ActionStatus> ActionStatusAsync(int actionId)
    {
        await using var db = Store.CreateContext();
        return await db.Actions.Where(a => a.Id == actionId).Select(a => a.Status).SingleAsync().ConfigureAwait(false);
    }

    /// <summary>A planned series of a team, as <c>docket series add</c> makes one.</summary>
    public async Task SeedPlannedSeriesAsync(string teamSlug, string name, string cadence)
    {
        var added = await new SeriesPlanner(Store, Clock).AddAsync(name, new SeriesSettings { Cadence = cadence, Team = teamSlug }).ConfigureAwait(false);
        Assert.True(added.Succeeded, added.Message);
    }
}
