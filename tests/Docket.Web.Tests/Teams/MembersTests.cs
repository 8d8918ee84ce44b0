using System.Net;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Features.Teams;
using Docket.Web.Tests.Accounts;
using Docket.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Teams;

public sealed class MembersTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Add_ExistingAccountByEmail_JoinsWithRoleAndIsLinkedToTheirPerson(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("infra", "Infrastructure");
        await server.ImportAsync("infra", "ops", "/notes/ops-2026-01-08.md", "# Ops 2026-01-08\n\nAttendees: Hector Sanjuan, carol\n");
        var owner = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", owner, TeamRole.Owner);
        await server.SeedAccountAsync("hector@example.org", "hector sanjuan");
        using var client = await SignedInAsync(server, "ada@example.org");

        var response = await PostAsync(client, "add", new() { ["email"] = "Hector@Example.org", ["role"] = "Member" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = server.Store.CreateContext();
        var joined = await db.Memberships.Where(m => m.Account.Email == "hector@example.org").Select(m => new { m.Role, Person = m.Person!.Name }).SingleAsync();
        Assert.Equal((TeamRole.Member, "Hector Sanjuan"), (joined.Role, joined.Person));
    }

    [Theory]
    // Nobody has that address: nothing to add.
    [InlineData("nobody@example.org", "No account has the e-mail address")]
    // Already in: change the role instead.
    [InlineData("ada@example.org", "is already in this team")]
    public async Task Add_UnknownOrPresentAccount_ShowsWhy(string email, string message)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        var owner = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", owner, TeamRole.Owner);
        using var client = await SignedInAsync(server, "ada@example.org");

        var response = await PostAsync(client, "add", new() { ["email"] = email, ["role"] = "Member" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await Forms.BodyAsync(response), StringComparison.Ordinal);
        await using var db = server.Store.CreateContext();
        Assert.Equal(1, await db.Memberships.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LastOwner_CannotBeDemotedOrRemoved_ButCanOnceThereIsAnother(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("infra", "Infrastructure");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        var bob = await server.SeedAccountAsync("bob@example.org", "Bob");
        await server.SeedMembershipAsync("infra", ada, TeamRole.Owner);
        await server.SeedMembershipAsync("infra", bob, TeamRole.Member);
        using var client = await SignedInAsync(server, "ada@example.org");

        var demote = await PostAsync(client, "role", new() { ["account"] = Id(ada), ["role"] = "Member" });
        var remove = await PostAsync(client, "remove", new() { ["account"] = Id(ada) });

        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Contains(TeamRoster.LastOwner, await Forms.BodyAsync(demote), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, remove.StatusCode);
        Assert.Equal(TeamRole.Owner, await RoleAsync(server, ada));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "role", new() { ["account"] = Id(bob), ["role"] = "Owner" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, "remove", new() { ["account"] = Id(ada) })).StatusCode);
        Assert.Null(await RoleAsync(server, ada));
        Assert.Equal(TeamRole.Owner, await RoleAsync(server, bob));
    }

    [Fact]
    public async Task Link_ToAPersonOfTheTeam_SetsTheMembershipsPerson()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        await server.SeedTeamAsync("other", "Other");
        await server.ImportAsync("infra", "ops", "/notes/ops-2026-01-08.md", "# Ops 2026-01-08\n\nAttendees: hsanjuan\n");
        await server.ImportAsync("other", "ops", "/notes/other-2026-01-08.md", "# Ops 2026-01-08\n\nAttendees: mallory\n");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("infra", ada, TeamRole.Owner);
        using var client = await SignedInAsync(server, "ada@example.org");
        int hector, mallory;
        await using (var db = server.Store.CreateContext())
        {
            hector = await db.People.Where(p => p.Name == "hsanjuan").Select(p => p.Id).SingleAsync();
            mallory = await db.People.Where(p => p.Name == "mallory").Select(p => p.Id).SingleAsync();
        }

        var foreign = await PostAsync(client, "link", new() { ["account"] = Id(ada), ["person"] = mallory.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var own = await PostAsync(client, "link", new() { ["account"] = Id(ada), ["person"] = hector.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        // Another team's person is not offered and not accepted.
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        await using var check = server.Store.CreateContext();
        Assert.Equal(hector, await check.Memberships.Select(m => m.PersonId).SingleAsync());
    }

    [Theory]
    // An owner sees the management forms.
    [InlineData(TeamRole.Owner, HttpStatusCode.OK, true)]
    // A member reads the list, without forms.
    [InlineData(TeamRole.Member, HttpStatusCode.OK, false)]
    // So does a guest.
    [InlineData(TeamRole.Guest, HttpStatusCode.OK, false)]
    // An outsider gets the same 404 as for a team that does not exist.
    [InlineData(null, HttpStatusCode.NotFound, false)]
    public async Task MembersPage_ByRole_ShowsWhatTheRoleMay(TeamRole? role, HttpStatusCode expected, bool forms)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        var owner = await server.SeedAccountAsync("owner@example.org", "Olga Owner");
        await server.SeedMembershipAsync("infra", owner, TeamRole.Owner);
        var viewer = await server.SeedAccountAsync("viewer@example.org", "Vic");
        if (role is { } r)
        {
            await server.SeedMembershipAsync("infra", viewer, r);
        }

        using var client = await SignedInAsync(server, "viewer@example.org");

        var response = await client.GetAsync(new Uri("/t/infra/members", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/t/no-such-team/members", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        var body = await Forms.BodyAsync(response);
        Assert.Equal(forms, body.Contains("handler=Add", StringComparison.Ordinal));
        Assert.Equal(expected == HttpStatusCode.OK, body.Contains("Olga Owner", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    // A member may not manage: 403, and nothing changes.
    [InlineData(TeamRole.Member, HttpStatusCode.Forbidden)]
    // An outsider is told nothing.
    [InlineData(null, HttpStatusCode.NotFound)]
    public async Task Manage_ByNonOwner_IsRefused(TeamRole? role, HttpStatusCode expected)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedTeamAsync("infra", "Infrastructure");
        await server.SeedTeamAsync("mine", "Mine");
        var owner = await server.SeedAccountAsync("owner@example.org", "Olga");
        await server.SeedMembershipAsync("infra", owner, TeamRole.Owner);
        var mallory = await server.SeedAccountAsync("mallory@example.org", "Mallory");
        await server.SeedMembershipAsync("mine", mallory, TeamRole.Owner);
        if (role is { } r)
        {
            await server.SeedMembershipAsync("infra", mallory, r);
        }

        using var client = server.Client();
        await TestServer.SignInAsync(client, "mallory@example.org");
        // The antiforgery token of a page Mallory may open: her own team's.
        var token = await TestServer.AntiforgeryTokenAsync(client, "/t/mine/members");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["account"] = Id(owner), ["__RequestVerificationToken"] = token });

        var response = await client.PostAsync(new Uri("/t/infra/members?handler=remove", UriKind.Relative), form);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(TeamRole.Owner, await RoleAsync(server, owner));
    }

    private static string Id(Account account) => account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<HttpClient> SignedInAsync(TestServer server, string email)
    {
        var client = server.Client();
        await TestServer.SignInAsync(client, email);
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields) =>
        Forms.PostAsync(client, "/t/infra/members", "/t/infra/members?handler=" + handler, fields);

    private static async Task<TeamRole?> RoleAsync(TestServer server, Account account)
    {
        await using var db = server.Store.CreateContext();
        return await db.Memberships.Where(m => m.AccountId == account.Id && m.Team.Slug == "infra").Select(m => (TeamRole?)m.Role).SingleOrDefaultAsync();
    }
}
