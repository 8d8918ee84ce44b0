using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Accounts;
using Docket.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Teams;

public sealed class NewSeriesTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task NewSeries_Owner_CreatesThePlannedSeriesAndGoesToIt(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        using var client = await OwnerAsync(server);

        var response = await PostAsync(client, "Infra Weekly", "weekly on Thursday 16:00 Europe/Berlin", "45", "running", "Private");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/t/infra/s/infra-weekly", response.Headers.Location?.OriginalString);
        await using var db = server.Store.CreateContext();
        var series = await db.Series.Include(s => s.Plan).SingleAsync();
        Assert.Equal(("infra", "Infra Weekly", AccessLevel.Private, "running"), (await db.Teams.Where(t => t.Id == series.TeamId).Select(t => t.Slug).SingleAsync(), series.Name, series.Access, series.Plan!.Template));
        Assert.Contains("45 minutes", series.Plan.Cadence, StringComparison.Ordinal);
    }

    [Theory]
    // The planner's own words reach the form.
    [InlineData("Infra", "fortnightly-ish", "60", "issue", "Cannot use cadence")]
    // No cadence at all.
    [InlineData("Infra", "", "60", "issue", "A series needs a cadence")]
    // An unknown template.
    [InlineData("Infra", "weekly on Monday 09:00 UTC", "60", "minutes", "There is no built-in template")]
    // A duration out of range.
    [InlineData("Infra", "weekly on Monday 09:00 UTC", "5000", "issue", "between 1 and 1440 minutes")]
    // No name.
    [InlineData("", "weekly on Monday 09:00 UTC", "60", "issue", "A series needs a name")]
    public async Task NewSeries_BadSettings_ShowsThePlannersMessageAndStoresNothing(string name, string cadence, string minutes, string template, string message)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = await OwnerAsync(server);

        var response = await PostAsync(client, name, cadence, minutes, template, "Public");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await Forms.BodyAsync(response), StringComparison.Ordinal);
        await using var db = server.Store.CreateContext();
        Assert.Equal(0, await db.Series.CountAsync());
    }

    [Theory]
    // A member may not manage series.
    [InlineData(TeamRole.Member, HttpStatusCode.Forbidden)]
    // An outsider does not learn the team is there.
    [InlineData(null, HttpStatusCode.NotFound)]
    public async Task NewSeries_NonOwner_IsRefused(TeamRole? role, HttpStatusCode expected)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        var bob = await server.SeedAccountAsync("bob@example.org", "Bob");
        if (role is { } r)
        {
            await server.SeedMembershipAsync("infra", bob, r);
        }

        using var client = server.Client();
        await TestServer.SignInAsync(client, "bob@example.org");

        Assert.Equal(expected, (await client.GetAsync(new Uri("/t/infra/series/new", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ApiAddSeries_OwnerToken_Answers201WithLocation(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("infra", "Infrastructure");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", ada, TeamRole.Owner);
        using var client = server.TokenClient(await server.SeedTokenAsync("infra", ada, TokenScope.Write));

        var response = await client.PostAsJsonAsync(
            new Uri("/api/v1/teams/infra/series", UriKind.Relative),
            new { name = "Standup", cadence = "weekly on Monday 09:00 Europe/Berlin", durationMinutes = 15, template = "standup", access = "indexed" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/teams/infra/series/standup", response.Headers.Location?.OriginalString);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("standup", body.RootElement.GetProperty("slug").GetString());
        Assert.Equal("indexed", body.RootElement.GetProperty("access").GetString());
    }

    [Theory]
    // The planner refuses the cadence: a problem with its words.
    [InlineData("""{"name":"X","cadence":"whenever"}""", "cannot use cadence")]
    // Not an access level.
    [InlineData("""{"name":"X","cadence":"weekly on Monday 09:00 UTC","access":"secret"}""", "public, indexed or private")]
    // A number is not accepted as an access level either.
    [InlineData("""{"name":"X","cadence":"weekly on Monday 09:00 UTC","access":"2"}""", "public, indexed or private")]
    // A series of that name exists.
    [InlineData("""{"name":"Ops","cadence":"weekly on Monday 09:00 UTC"}""", "already exists")]
    public async Task ApiAddSeries_BadRequest_AnswersProblemDetails(string json, string detail)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        await server.ImportAsync("infra", "ops", "/notes/ops-2026-01-08.md", "# Ops 2026-01-08\n\nAttendees: ada\n");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", ada, TeamRole.Owner);
        using var client = server.TokenClient(await server.SeedTokenAsync("infra", ada, TokenScope.Write));
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/api/v1/teams/infra/series", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = server.Store.CreateContext();
        Assert.Equal(1, await db.Series.CountAsync());
    }

    [Fact]
    public async Task ApiAddSeries_Anonymous_Answers401()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        using var client = server.Client();

        var response = await client.PostAsJsonAsync(new Uri("/api/v1/teams/infra/series", UriKind.Relative), new { name = "X", cadence = "weekly on Monday 09:00 UTC" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<HttpClient> OwnerAsync(TestServer server)
    {
        await server.SeedTeamAsync("infra", "Infrastructure");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", ada, TeamRole.Owner);
        var client = server.Client();
        await TestServer.SignInAsync(client, "ada@example.org");
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string name, string cadence, string minutes, string template, string access) =>
        Forms.PostAsync(client, "/t/infra/series/new", "/t/infra/series/new", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Cadence"] = cadence,
            ["DurationMinutes"] = minutes,
            ["Template"] = template,
            ["Access"] = access,
        });
}
