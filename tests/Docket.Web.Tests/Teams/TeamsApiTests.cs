using System.Net;
using System.Text.Json;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;

namespace Docket.Web.Tests.Teams;

public sealed class TeamsApiTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListTeams_ByViewer_ShowsOnlyTeamsWithSomethingTheyMaySee(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await SeedTeamsAsync(server);
        var member = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("hidden", member, TeamRole.Member);
        var guest = await server.SeedAccountAsync("gus@example.org", "Gus");
        await server.SeedMembershipAsync("empty", guest, TeamRole.Guest);
        using var anonymous = server.Client();
        using var memberClient = server.TokenClient(await server.SeedTokenAsync("hidden", member, TokenScope.Read));
        using var guestClient = server.TokenClient(await server.SeedTokenAsync("empty", guest, TokenScope.Read));
        using var guestBrowser = server.Client();
        await TestServer.SignInAsync(guestBrowser, "gus@example.org");

        // Anyone: the team with a public series only; the private team and the empty team do not exist.
        Assert.Equal(["open:1:"], await TeamsAsync(anonymous));
        // A member's token: its own team (with its private series counted), and the public one.
        Assert.Equal(["hidden:1:member", "open:1:"], await TeamsAsync(memberClient));
        // A guest of a team with no series still sees that team.
        Assert.Equal(["empty:0:guest", "open:1:"], await TeamsAsync(guestClient));
        // The API takes tokens only: the guest's sign-in cookie counts for nothing there.
        Assert.Equal(["open:1:"], await TeamsAsync(guestBrowser));
    }

    [Theory]
    // A team with a public series is there for anyone.
    [InlineData("open", HttpStatusCode.OK)]
    // A team of private series is not there for outsiders: the same 404 as a missing team.
    [InlineData("hidden", HttpStatusCode.NotFound)]
    [InlineData("no-such-team", HttpStatusCode.NotFound)]
    public async Task GetTeam_Anonymous_404ForWhatItMayNotSee(string team, HttpStatusCode expected)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await SeedTeamsAsync(server);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri("/api/v1/teams/" + team, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Secret council", body, StringComparison.Ordinal);
        Assert.DoesNotContain("council", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTeam_Member_ListsPrivateSeriesAndRights()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await SeedTeamsAsync(server);
        var member = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("hidden", member, TeamRole.Member);
        using var client = server.TokenClient(await server.SeedTokenAsync("hidden", member, TokenScope.Write));

        using var team = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/teams/hidden", UriKind.Relative)));

        Assert.Equal("member", team.RootElement.GetProperty("role").GetString());
        Assert.True(team.RootElement.GetProperty("canWrite").GetBoolean());
        Assert.False(team.RootElement.GetProperty("canManage").GetBoolean());
        var series = team.RootElement.GetProperty("series").EnumerateArray().Select(s => (s.GetProperty("slug").GetString(), s.GetProperty("access").GetString())).ToList();
        Assert.Equal([("council", "private")], series);
    }

    private static async Task SeedTeamsAsync(TestServer server)
    {
        await server.SeedTeamAsync("open", "Open team");
        await server.ImportAsync("open", "weekly", "/notes/weekly-2026-01-08.md", "# Weekly 2026-01-08\n\nAttendees: ada\n");
        await server.SeedTeamAsync("hidden", "Secret council");
        await server.ImportAsync("hidden", "council", "/notes/council-2026-01-08.md", "# Council 2026-01-08\n\nAttendees: ada\n");
        await server.SetAccessAsync("hidden", "council", AccessLevel.Private);
        await server.SeedTeamAsync("empty", "Empty team");
    }

    private static async Task<List<string>> TeamsAsync(HttpClient client)
    {
        using var page = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/teams", UriKind.Relative)));
        return page.RootElement.GetProperty("items").EnumerateArray()
            .Select(t => $"{t.GetProperty("slug").GetString()}:{t.GetProperty("seriesCount").GetInt32()}:{(t.GetProperty("role").ValueKind == JsonValueKind.Null ? "" : t.GetProperty("role").GetString())}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }
}
