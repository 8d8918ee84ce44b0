using System.Net;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Accounts;

public sealed class SignUpTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SignUp_ValidFields_CreatesAccountAndSignsIn(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        using var client = server.Client();

        var response = await Forms.SignUpAsync(client, "Ada Lovelace", "ada@example.org");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location?.OriginalString);
        var account = await client.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("Signed in as <strong>Ada Lovelace</strong>", await Forms.BodyAsync(account), StringComparison.Ordinal);
        await using var db = server.Store.CreateContext();
        var stored = await db.Users.SingleAsync(a => a.Email == "ada@example.org");
        Assert.NotEqual(TestServer.Password, stored.PasswordHash);
    }

    [Theory]
    // Identity's length rule from DocketServer (10) reaches the Password field.
    [InlineData("Ada", "ada@example.org", "short", "Passwords must be at least 10 characters")]
    // Not an address: the form says so before Identity is asked.
    [InlineData("Ada", "not-an-address", "correct horse battery", "This is not an e-mail address.")]
    // A display name is required: it is how the notes know the account.
    [InlineData("", "ada@example.org", "correct horse battery", "Tell us the name your team knows you by.")]
    public async Task SignUp_BadField_ShowsTheFieldsErrorAndCreatesNothing(string name, string email, string password, string message)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = server.Client();

        var response = await Forms.SignUpAsync(client, name, email, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(message), await Forms.BodyAsync(response), StringComparison.Ordinal);
        await using var db = server.Store.CreateContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task SignUp_EmailTaken_SaysSoOnTheEmailField()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedAccountAsync("ada@example.org", "Ada");
        using var client = server.Client();

        var response = await Forms.SignUpAsync(client, "Someone else", "ADA@example.org");

        var body = await Forms.BodyAsync(response);
        Assert.Contains("id=\"Email-error\"", body, StringComparison.Ordinal);
        Assert.Contains("is already taken", body, StringComparison.Ordinal);
        await using var db = server.Store.CreateContext();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SignUp_FirstAccount_OwnsTheUnownedTeamsAndLaterAccountsNothing(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync(Team.DefaultSlug, "Default team");
        await server.ImportAsync(Team.DefaultSlug, "sync", "/notes/sync-2026-01-08.md", "# Sync 2026-01-08\n\nAttendees: Ada Lovelace, bob\n");
        await server.SeedTeamAsync("infra", "Infrastructure");
        using var first = server.Client();
        using var second = server.Client();

        await Forms.SignUpAsync(first, "Ada Lovelace", "ada@example.org");
        await Forms.SignUpAsync(second, "Bob", "bob@example.org");

        await using var db = server.Store.CreateContext();
        var roles = await db.Memberships.AsNoTracking()
            .Select(m => new { m.Team.Slug, m.Account.Email, m.Role, Person = m.Person == null ? null : m.Person.Name })
            .OrderBy(m => m.Slug).ToListAsync();
        Assert.Equal(
            [("default", "ada@example.org", TeamRole.Owner, (string?)"Ada Lovelace"), ("infra", "ada@example.org", TeamRole.Owner, null)],
            roles.Select(r => (r.Slug, r.Email!, r.Role, r.Person)));
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_Answers400AndStaysSignedIn()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedAccountAsync("ada@example.org", "Ada");
        using var client = server.Client();
        await TestServer.SignInAsync(client, "ada@example.org");

        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());
        var response = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignOut_FromTheLayoutsForm_SignsOut()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedAccountAsync("ada@example.org", "Ada");
        using var client = server.Client();
        await TestServer.SignInAsync(client, "ada@example.org");

        // The layout's own sign-out form, token and all, as a browser would send it from any page.
        var response = await Forms.PostAsync(client, "/account", "/account/sign-out", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var account = await client.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.StartsWith("/account/sign-in", account.Headers.Location?.PathAndQuery ?? account.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
