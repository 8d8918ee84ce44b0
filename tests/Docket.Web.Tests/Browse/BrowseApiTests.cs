using System.Net;
using System.Text.Json;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;

namespace Docket.Web.Tests.Browse;

public sealed class BrowseApiTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Series_EachRole_ListsWhatTheRoleMayKnowOf(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await BrowseWorld.SeedAsync(server);

        // Outsiders know of the public and indexed series, never the private one (nor count it).
        Assert.Equal(["indexed-sync", "open-weekly"], await SeriesSlugsAsync(world, "anonymous"));
        Assert.Equal(["indexed-sync", "open-weekly"], await SeriesSlugsAsync(world, "stranger"));
        Assert.Equal(["indexed-sync", "open-weekly"], await SeriesSlugsAsync(world, "guest"));
        Assert.Equal(["indexed-sync", "open-weekly", "secret-sync"], await SeriesSlugsAsync(world, "member"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Decisions_EachRole_ShowsOnlyReadableMeetings(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await BrowseWorld.SeedAsync(server);

        Assert.Equal(["Ship on Fridays", "Adopt the blue logo"], await TextsAsync(world, "anonymous", "/api/v1/teams/acme/decisions"));
        Assert.Equal(["Ship on Fridays", "Adopt the blue logo", "Rename the pangolin module"], await TextsAsync(world, "guest", "/api/v1/teams/acme/decisions"));
        Assert.Equal(["Ship on Fridays", "Acquire zebracorp quietly", "Adopt the blue logo", "Rename the pangolin module"], await TextsAsync(world, "member", "/api/v1/teams/acme/decisions"));
    }

    [Theory]
    // Every list and detail endpoint of the feature, read by outsiders: no private word, anywhere.
    [InlineData("anonymous")]
    [InlineData("stranger")]
    [InlineData("guest")]
    public async Task AllEndpoints_Outsider_NeverShowPrivateWords(string role)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor(role);
        var people = await GetJsonAsync(world.ClientFor("member"), "/api/v1/teams/acme/people");
        var ids = people.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();
        string[] paths =
        [
            "/api/v1/teams/acme/series", "/api/v1/teams/acme/series/open-weekly", "/api/v1/teams/acme/series/open-weekly/meetings",
            "/api/v1/teams/acme/series/indexed-sync/meetings", "/api/v1/teams/acme/decisions", "/api/v1/teams/acme/actions",
            "/api/v1/teams/acme/actions?status=open", "/api/v1/teams/acme/people", "/t/acme", "/t/acme/s/open-weekly", "/t/acme/s/indexed-sync",
            .. ids.Select(id => $"/api/v1/people/{id}"), .. ids.Select(id => $"/t/acme/people/{id}"),
        ];

        foreach (var path in paths)
        {
            var body = await client.GetStringOrStatusAsync(path);
            foreach (var word in BrowseWorld.PrivateWords)
            {
                Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase);
            }

            foreach (var word in role == "guest" ? [] : BrowseWorld.IndexedWords)
            {
                Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [InlineData("/api/v1/teams/acme/series/secret-sync")]
    [InlineData("/api/v1/teams/acme/series/secret-sync/meetings")]
    [InlineData("/api/v1/teams/acme/decisions?series=secret-sync")]
    [InlineData("/api/v1/teams/acme/actions?series=secret-sync")]
    public async Task PrivateSeries_Outsider_Gets404LikeAMissingOne(string path)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var guest = world.ClientFor("guest");
        using var member = world.ClientFor("member");

        var hidden = await guest.GetAsync(new Uri(path, UriKind.Relative));
        var missing = await guest.GetAsync(new Uri(path.Replace("secret-sync", "no-such-series", StringComparison.Ordinal), UriKind.Relative));
        var seen = await member.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(await ProblemAsync(missing), await ProblemAsync(hidden));
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
    }

    [Fact]
    public async Task Team_OnlyPrivateSeries_IsMissingForOutsidersAndThereForMembers()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        await server.SeedTeamAsync("hush", "Hush");
        await server.ImportAsync("hush", "board", "/notes/board.md", "# Board meeting 2026-11-02\n\n- [DECISION] Quiet words\n");
        await server.SetAccessAsync("hush", "board", Docket.Store.Model.AccessLevel.Private);
        await server.SeedMembershipAsync("hush", world.Member, Docket.Store.Model.TeamRole.Member);
        using var anonymous = world.ClientFor("anonymous");
        using var member = server.TokenClient(await server.SeedTokenAsync("hush", world.Member, Docket.Store.Model.TokenScope.Read));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("/api/v1/teams/hush/series", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("/t/hush", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(new Uri("/t/hush", UriKind.Relative))).StatusCode);
        Assert.Equal(["Quiet words"], await TextsAsync(member, "/api/v1/teams/hush/decisions"));
    }

    [Theory]
    // Open ones only, with their owners; the private one only for members.
    [InlineData("guest", "?status=open", "book the venue|draft the release notes|write the pangolin migration guide")]
    [InlineData("member", "?status=open", "book the venue|draft the release notes|prepare the zebracorp term sheet|write the pangolin migration guide")]
    // Closed in the notes ([x]).
    [InlineData("anonymous", "?status=done", "bob to fix the flaky build")]
    // By owner name, any case.
    [InlineData("anonymous", "?owner=ALICE", "draft the release notes")]
    // By series.
    [InlineData("guest", "?series=indexed-sync", "write the pangolin migration guide")]
    // An owner nobody is matches nothing rather than failing.
    [InlineData("member", "?owner=nobody-at-all", "")]
    public async Task Actions_Filters_SelectTheRightItems(string role, string query, string expected)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor(role);

        var json = await GetJsonAsync(client, "/api/v1/teams/acme/actions" + query);
        var texts = json.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), texts);
        Assert.Equal(texts.Count, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Actions_OpenItem_HasAgeInDaysAndOwnerLink()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor("anonymous");

        var json = await GetJsonAsync(client, "/api/v1/teams/acme/actions?owner=alice");
        var item = json.GetProperty("items").EnumerateArray().Single();

        // The clock stands at 2026-11-23; the item was first said on 2026-11-05.
        Assert.Equal(18, item.GetProperty("ageDays").GetInt32());
        Assert.Equal("2026-11-05", item.GetProperty("firstDate").GetString());
        var owner = item.GetProperty("owners").EnumerateArray().Single();
        Assert.Equal("Alice", owner.GetProperty("name").GetString());
        Assert.Equal($"/t/acme/people/{owner.GetProperty("id").GetInt32()}", owner.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("?status=maybe")]
    [InlineData("?status=1")]
    public async Task Actions_BadStatus_Is400(string query)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor("anonymous");

        var response = await client.GetAsync(new Uri("/api/v1/teams/acme/actions" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    // Since and until are inclusive dates of the meeting.
    [InlineData("?since=2026-11-06", "Ship on Fridays")]
    [InlineData("?until=2026-11-05", "Adopt the blue logo")]
    [InlineData("?since=2026-11-05&until=2026-11-05&series=open-weekly", "Adopt the blue logo")]
    [InlineData("?since=2026-12-01", "")]
    public async Task Decisions_DateFilters_AreInclusive(string query, string expected)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);

        var texts = await TextsAsync(world, "anonymous", "/api/v1/teams/acme/decisions" + query);

        Assert.Equal(expected.Length == 0 ? [] : [expected], texts);
    }

    [Fact]
    public async Task Decisions_BadDate_Is400()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor("anonymous");

        var response = await client.GetAsync(new Uri("/api/v1/teams/acme/decisions?since=last-week", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Meetings_Paged_NewestFirstWithTotals(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await BrowseWorld.SeedAsync(server);
        await server.ImportAsync("acme", "open-weekly", "/notes/open-3.md", "# Open weekly 2026-11-19\n\nAttendees: Bob\n\n- [DECISION] Keep going\n");
        using var client = world.ClientFor("anonymous");

        var first = await GetJsonAsync(client, "/api/v1/teams/acme/series/open-weekly/meetings?size=2");
        var second = await GetJsonAsync(client, "/api/v1/teams/acme/series/open-weekly/meetings?size=2&page=2");

        Assert.Equal(["2026-11-19", "2026-11-12"], first.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("date").GetString()));
        Assert.Equal(["2026-11-05"], second.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("date").GetString()));
        Assert.Equal(3, first.GetProperty("total").GetInt32());
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.False(second.GetProperty("hasMore").GetBoolean());
        Assert.Equal(2, first.GetProperty("items")[1].GetProperty("attendees").GetInt32());
    }

    [Fact]
    public async Task Meetings_IndexedSeries_ListedToOutsidersWithoutContent()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);

        var outsider = (await GetJsonAsync(world.ClientFor("anonymous"), "/api/v1/teams/acme/series/indexed-sync/meetings")).GetProperty("items")[0];
        var guest = (await GetJsonAsync(world.ClientFor("guest"), "/api/v1/teams/acme/series/indexed-sync/meetings")).GetProperty("items")[0];

        Assert.Equal("2026-11-04", outsider.GetProperty("date").GetString());
        Assert.False(outsider.GetProperty("readable").GetBoolean());
        Assert.Equal(0, outsider.GetProperty("attendees").GetInt32());
        Assert.StartsWith("/meetings/", outsider.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.True(guest.GetProperty("readable").GetBoolean());
        Assert.Equal(2, guest.GetProperty("attendees").GetInt32());
    }

    [Fact]
    public async Task People_PrivateOnlyPerson_HiddenFromOutsidersLikeAMissingId()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var anonymous = world.ClientFor("anonymous");
        using var member = world.ClientFor("member");

        var memberPeople = await GetJsonAsync(member, "/api/v1/teams/acme/people");
        var anonymousPeople = await GetJsonAsync(anonymous, "/api/v1/teams/acme/people");
        var mallory = memberPeople.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Mallory").GetProperty("id").GetInt32();

        Assert.Equal(["Alice", "Bob", "Carol"], anonymousPeople.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(3, anonymousPeople.GetProperty("total").GetInt32());
        Assert.Equal(5, memberPeople.GetProperty("total").GetInt32());
        var hidden = await anonymous.GetAsync(new Uri($"/api/v1/people/{mallory}", UriKind.Relative));
        var missing = await anonymous.GetAsync(new Uri("/api/v1/people/987654", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(await ProblemAsync(missing), await ProblemAsync(hidden));
    }

    [Fact]
    public async Task Person_Member_SeesActionsAndStandups()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var member = world.ClientFor("member");
        var people = await GetJsonAsync(member, "/api/v1/teams/acme/people");
        var mallory = people.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Mallory").GetProperty("id").GetInt32();

        var person = await GetJsonAsync(member, $"/api/v1/people/{mallory}");

        Assert.Equal(["prepare the zebracorp term sheet"], person.GetProperty("open").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        var standup = person.GetProperty("standups").EnumerateArray().Single();
        Assert.Equal(["zebracorp due diligence"], standup.GetProperty("lastWeek").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["zebracorp valuation"], standup.GetProperty("thisWeek").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["zebracorp lawyers"], standup.GetProperty("blocked").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Person_Bob_DoneItemListedAsDone()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var anonymous = world.ClientFor("anonymous");
        var people = await GetJsonAsync(anonymous, "/api/v1/teams/acme/people");
        var bob = people.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Bob").GetProperty("id").GetInt32();

        var person = await GetJsonAsync(anonymous, $"/api/v1/people/{bob}");

        Assert.Empty(person.GetProperty("open").EnumerateArray());
        Assert.Equal(["bob to fix the flaky build"], person.GetProperty("done").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task SeriesDetail_Planned_GivesNextMeetingsInEachMembersZone()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        await world.PlanAsync();
        using var member = world.ClientFor("member");

        var series = await GetJsonAsync(member, "/api/v1/teams/acme/series/planning");
        var upcoming = series.GetProperty("upcoming").EnumerateArray().ToList();

        // The clock stands on Monday 2026-11-23: the next Thursday is the 26th, 11:00 in Los Angeles (UTC-8).
        Assert.Equal(5, upcoming.Count);
        Assert.Equal("2026-11-26T11:00:00-08:00", upcoming[0].GetProperty("start").GetString());
        Assert.Equal("America/Los_Angeles", upcoming[0].GetProperty("zone").GetString());
        var clocks = upcoming[0].GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("person").GetString()!, m => m);
        Assert.Equal("2026-11-26T20:00:00+01:00", clocks["Alice"].GetProperty("start").GetString());
        Assert.Equal("2026-11-27T04:00:00+09:00", clocks["Kenji"].GetProperty("start").GetString());
        Assert.Equal(1, clocks["Kenji"].GetProperty("dayShift").GetInt32());
    }

    [Fact]
    public async Task Series_Paged_TotalCountsOnlyListedSeries()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var anonymous = world.ClientFor("anonymous");

        var page = await GetJsonAsync(anonymous, "/api/v1/teams/acme/series?size=1&page=2");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(["open-weekly"], page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("slug").GetString()));
        Assert.False(page.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task OpenApi_DescribesBrowseEndpoints()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = server.Client();

        var document = await GetJsonAsync(client, "/openapi/v1.json");
        var paths = document.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/teams/{team}/series", "/api/v1/teams/{team}/series/{series}", "/api/v1/teams/{team}/series/{series}/meetings", "/api/v1/teams/{team}/decisions", "/api/v1/teams/{team}/actions", "/api/v1/teams/{team}/people", "/api/v1/people/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), path);
            Assert.True(item.GetProperty("get").TryGetProperty("summary", out _), path);
        }
    }

    private static async Task<IReadOnlyList<string>> SeriesSlugsAsync(BrowseWorld world, string role)
    {
        using var client = world.ClientFor(role);
        var json = await GetJsonAsync(client, "/api/v1/teams/acme/series");
        var slugs = json.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(slugs.Count, json.GetProperty("total").GetInt32());
        return slugs;
    }

    private static async Task<IReadOnlyList<string>> TextsAsync(BrowseWorld world, string role, string path)
    {
        using var client = world.ClientFor(role);
        return await TextsAsync(client, path);
    }

    private static async Task<IReadOnlyList<string>> TextsAsync(HttpClient client, string path)
    {
        var json = await GetJsonAsync(client, path);
        var texts = json.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("text").GetString()!).ToList();
        Assert.Equal(texts.Count, json.GetProperty("total").GetInt32());
        return texts;
    }

    /// <summary>A problem's status, title and detail: all but its trace id, which differs per request.</summary>
    internal static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return $"{(int)response.StatusCode} {root.GetProperty("title").GetString()} {root.GetProperty("detail").GetString()} {root.EnumerateObject().Count()}";
    }

    internal static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
