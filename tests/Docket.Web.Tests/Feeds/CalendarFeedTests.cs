using System.Net;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;
using Ical.Net;

namespace Docket.Web.Tests.Feeds;

public sealed class CalendarFeedTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Calendar_PublicSeries_ListsEventsLinkingToOurRoutes(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("oss", "Open Source");
        var slug = await server.SeedPlannedSeriesAsync("oss", "Infra sync", AccessLevel.Public);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri($"/t/oss/s/{slug}/calendar.ics", UriKind.Relative));
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.StartsWith("Infra sync", e.Summary, StringComparison.Ordinal));
        Assert.Contains(calendar.Events, e => e.Url?.AbsoluteUri == $"{server.Address}t/oss/s/{slug}/next");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Calendar_PrivateSeries_IsMissingWithoutAMembersToken(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("oss", "Open Source");
        await server.SeedTeamAsync("corp", "Corp");
        var slug = await server.SeedPlannedSeriesAsync("oss", "Security triage", AccessLevel.Private);
        var member = await server.SeedAccountAsync("member@example.org", "Member");
        await server.SeedMembershipAsync("oss", member, TeamRole.Member);
        var guest = await server.SeedAccountAsync("guest@example.org", "Guest");
        await server.SeedMembershipAsync("oss", guest, TeamRole.Guest);
        var outsider = await server.SeedAccountAsync("corp@example.org", "Corp");
        await server.SeedMembershipAsync("corp", outsider, TeamRole.Owner);
        using var client = server.Client();
        var path = $"/t/oss/s/{slug}/calendar.ics";

        // Each refused viewer gets exactly what the same viewer gets for a series that does not exist.
        foreach (var query in new[] { "", "?token=" + await server.SeedTokenAsync("oss", guest, TokenScope.Read), "?token=" + await server.SeedTokenAsync("corp", outsider, TokenScope.Read) })
        {
            var refused = await client.GetAsync(new Uri(path + query, UriKind.Relative));
            var missing = await client.GetAsync(new Uri("/t/oss/s/no-such-series/calendar.ics" + query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            var body = await refused.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Security triage", body, StringComparison.Ordinal);
            Assert.Equal((await missing.Content.ReadAsStringAsync()).Replace("no-such-series", slug, StringComparison.Ordinal).Length, body.Length);
        }

        var asMember = await client.GetAsync(new Uri(path + "?token=" + await server.SeedTokenAsync("oss", member, TokenScope.Read), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, asMember.StatusCode);
        Assert.NotEmpty(Calendar.Load(await asMember.Content.ReadAsStringAsync())!.Events);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Calendar_SameSlugInTwoTeams_EachTeamGetsItsOwn(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("oss", "Open Source");
        await server.SeedTeamAsync("corp", "Corp");
        await server.SeedPlannedSeriesAsync("oss", "Weekly", AccessLevel.Public, "weekly on Monday 09:00 UTC");
        await server.SeedPlannedSeriesAsync("corp", "Weekly", AccessLevel.Private, "weekly on Friday 15:00 UTC");
        using var client = server.Client();

        var oss = Calendar.Load(await client.GetStringAsync(new Uri("/t/oss/s/weekly/calendar.ics", UriKind.Relative)))!;
        var corp = await client.GetAsync(new Uri("/t/corp/s/weekly/calendar.ics", UriKind.Relative));

        Assert.All(oss.Events, e => Assert.Equal(DayOfWeek.Monday, e.DtStart!.Value.DayOfWeek));
        Assert.Equal(HttpStatusCode.NotFound, corp.StatusCode);
    }
}
