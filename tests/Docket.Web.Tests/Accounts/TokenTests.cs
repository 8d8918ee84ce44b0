using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Access;
using Docket.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Accounts;

public sealed partial class TokenTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateToken_SecretShownOnceAndOnlyItsHashStored(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("infra", "Infrastructure");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", ada, TeamRole.Member);
        using var client = server.Client();
        await TestServer.SignInAsync(client, "ada@example.org");

        var response = await CreateTokenAsync(client, "infra", "my calendar", "Read");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var secret = Secret().Match(await Forms.BodyAsync(response)).Value;
        Assert.StartsWith(ApiTokens.SecretPrefix, secret, StringComparison.Ordinal);
        await using (var db = server.Store.CreateContext())
        {
            var stored = await db.ApiTokens.AsNoTracking().SingleAsync();
            Assert.Equal(ApiTokens.Hash(secret), stored.Hash);
            Assert.Equal(("my calendar", TokenScope.Read), (stored.Name, stored.Scope));
            Assert.DoesNotContain(secret, stored.Hash + stored.Prefix + stored.Name, StringComparison.Ordinal);
        }

        var account = await client.GetStringAsync(new Uri("/account", UriKind.Relative));
        Assert.DoesNotContain(secret, account, StringComparison.Ordinal);
        Assert.Contains(ApiTokens.Prefix(secret), account, StringComparison.Ordinal);
        using var tokenClient = server.TokenClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await tokenClient.GetAsync(new Uri("/api/v1/teams/infra", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RevokeToken_ThenUsingIt_Answers401(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("infra", "Infrastructure");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", ada, TeamRole.Member);
        var secret = await server.SeedTokenAsync("infra", ada, TokenScope.Read);
        using var tokenClient = server.TokenClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await tokenClient.GetAsync(new Uri("/api/v1/teams", UriKind.Relative))).StatusCode);
        using var client = server.Client();
        await TestServer.SignInAsync(client, "ada@example.org");
        int id;
        await using (var db = server.Store.CreateContext())
        {
            id = await db.ApiTokens.Select(t => t.Id).SingleAsync();
        }

        var revoke = await Forms.PostAsync(client, "/account", $"/account/tokens/{id}/revoke", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await tokenClient.GetAsync(new Uri("/api/v1/teams", UriKind.Relative))).StatusCode);
        Assert.Contains("revoked 2026-11-23", await client.GetStringAsync(new Uri("/account", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeToken_SomeoneElses_Answers404AndLeavesItWorking()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedAccountAsync("eve@example.org", "Eve");
        await server.SeedMembershipAsync("infra", ada, TeamRole.Member);
        var secret = await server.SeedTokenAsync("infra", ada, TokenScope.Read);
        using var eve = server.Client();
        await TestServer.SignInAsync(eve, "eve@example.org");
        int id;
        await using (var db = server.Store.CreateContext())
        {
            id = await db.ApiTokens.Select(t => t.Id).SingleAsync();
        }

        var revoke = await Forms.PostAsync(eve, "/account", $"/account/tokens/{id}/revoke", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        using var tokenClient = server.TokenClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await tokenClient.GetAsync(new Uri("/api/v1/teams", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task CreateToken_ForATeamTheAccountIsNotIn_IsRefusedAndStoresNothing()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        await server.SeedTeamAsync("secret", "Secret team");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", ada, TeamRole.Guest);
        using var client = server.Client();
        await TestServer.SignInAsync(client, "ada@example.org");

        var response = await CreateTokenAsync(client, "secret", "sneaky", "Write");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose one of your teams.", await Forms.BodyAsync(response), StringComparison.Ordinal);
        await using var db = server.Store.CreateContext();
        Assert.Equal(0, await db.ApiTokens.CountAsync());
    }

    [Theory]
    // A read token of an owner cannot write, whatever the role.
    [InlineData(TeamRole.Owner, TokenScope.Read, HttpStatusCode.Forbidden)]
    // A write token of a member cannot manage: never more than the account's role.
    [InlineData(TeamRole.Member, TokenScope.Write, HttpStatusCode.Forbidden)]
    // A write token of an owner can.
    [InlineData(TeamRole.Owner, TokenScope.Write, HttpStatusCode.Created)]
    public async Task AddSeries_ByToken_NeedsWriteScopeAndOwnerRole(TeamRole role, TokenScope scope, HttpStatusCode expected)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", ada, role);
        using var client = server.TokenClient(await server.SeedTokenAsync("infra", ada, scope));

        var response = await client.PostAsJsonAsync(
            new Uri("/api/v1/teams/infra/series", UriKind.Relative),
            new { name = "Infra weekly", cadence = "weekly on Thursday 16:00 Europe/Berlin", durationMinutes = 45, template = "issue", access = "Public" });

        Assert.Equal(expected, response.StatusCode);
        await using var db = server.Store.CreateContext();
        Assert.Equal(expected == HttpStatusCode.Created ? 1 : 0, await db.Series.CountAsync());
    }

    [Fact]
    public async Task Token_AfterItsAccountLeftTheTeam_SeesOnlyWhatAnyoneSees()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        await server.ImportAsync("infra", "ops", "/notes/ops-2026-01-08.md", "# Ops 2026-01-08\n\nAttendees: ada\n");
        await server.SetAccessAsync("infra", "ops", AccessLevel.Private);
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", ada, TeamRole.Member);
        using var client = server.TokenClient(await server.SeedTokenAsync("infra", ada, TokenScope.Read));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/teams/infra", UriKind.Relative))).StatusCode);

        await using (var db = server.Store.CreateContext())
        {
            await db.Memberships.ExecuteDeleteAsync();
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/v1/teams/infra", UriKind.Relative))).StatusCode);
    }

    private static Task<HttpResponseMessage> CreateTokenAsync(HttpClient client, string team, string name, string scope) =>
        Forms.PostAsync(client, "/account", "/account/tokens", new Dictionary<string, string> { ["Team"] = team, ["Name"] = name, ["Scope"] = scope });

    [GeneratedRegex("dkt_[A-Za-z0-9_-]{43}")]
    private static partial Regex Secret();
}
