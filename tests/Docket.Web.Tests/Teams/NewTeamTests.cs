using System.Net;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Accounts;
using Docket.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Teams;

public sealed class NewTeamTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task NewTeam_Name_CreatesTeamWithCreatorAsOwner(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedAccountAsync("ada@example.org", "Ada");
        using var client = server.Client();
        await TestServer.SignInAsync(client, "ada@example.org");

        var response = await Forms.PostAsync(client, "/teams/new", "/teams/new", new Dictionary<string, string> { ["Name"] = "Hypha Worker Co-op: Infrastructure", ["Slug"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/t/hypha-worker-co-op-infrastructure", response.Headers.Location?.OriginalString);
        await using var db = server.Store.CreateContext();
        var owner = await db.Memberships.Where(m => m.Team.Slug == "hypha-worker-co-op-infrastructure").Select(m => new { m.Account.Email, m.Role, m.Team.Name }).SingleAsync();
        Assert.Equal(("ada@example.org", TeamRole.Owner, "Hypha Worker Co-op: Infrastructure"), (owner.Email!, owner.Role, owner.Name));
    }

    [Theory]
    // The slug made from the name is taken: the error is on the name.
    [InlineData("Infra", "", "There is already a team at /t/infra")]
    // The slug typed is taken: the same words.
    [InlineData("Something new", "infra", "There is already a team at /t/infra")]
    // Not a slug at all.
    [InlineData("Something new", "Not A Slug!", "cannot be a team&#x27;s address")]
    // No name.
    [InlineData("", "", "A team needs a name.")]
    public async Task NewTeam_BadNameOrSlug_ShowsWhyAndCreatesNothing(string name, string slug, string message)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infra");
        await server.SeedAccountAsync("ada@example.org", "Ada");
        using var client = server.Client();
        await TestServer.SignInAsync(client, "ada@example.org");

        var response = await Forms.PostAsync(client, "/teams/new", "/teams/new", new Dictionary<string, string> { ["Name"] = name, ["Slug"] = slug });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await Forms.BodyAsync(response), StringComparison.Ordinal);
        await using var db = server.Store.CreateContext();
        Assert.Equal(1, await db.Teams.CountAsync());
        Assert.Equal(0, await db.Memberships.CountAsync());
    }

    [Fact]
    public async Task NewTeam_Anonymous_IsSentToSignIn()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri("/teams/new", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in?ReturnUrl=%2Fteams%2Fnew", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
