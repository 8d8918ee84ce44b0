using System.Net;
using System.Text.RegularExpressions;
using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Access;
using Docket.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;

namespace Docket.Web.Tests.Fixtures;

/// <summary>
/// The real server on a free loopback port over a fresh store (see <see cref="TestStore"/>), with
/// helpers to seed accounts, teams, memberships, tokens and notes, and clients that keep cookies.
/// </summary>
public sealed partial class TestServer : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    private readonly TestStore _store;
    private readonly WebApplication _app;

    private TestServer(TestStore store, WebApplication app, Uri address)
    {
        _store = store;
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public StoreProvider Store => _store.Provider;

    public FakeClock Clock => _store.Clock;

    public IServiceProvider Services => _app.Services;

    public static async Task<TestServer> StartAsync(string provider, Func<ServerSettings, ServerSettings>? configure = null)
    {
        var store = await TestStore.CreateAsync(provider).ConfigureAwait(false);
        var settings = new ServerSettings(store.Provider, store.Clock) { Urls = ["http://127.0.0.1:0"], Quiet = true, ApiPerSecond = 10_000, ApiBurst = 10_000, SignInPerMinute = 1_000 };
        var app = DocketServer.Build(configure is null ? settings : configure(settings));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(store, app, new Uri(address));
    }

    /// <summary>A client that keeps cookies and does not follow redirects (tests look at them).</summary>
    public HttpClient Client()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        return new HttpClient(handler) { BaseAddress = Address };
    }

    /// <summary>A client sending an API token on every request.</summary>
    public HttpClient TokenClient(string secret)
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public async Task<Account> SeedAccountAsync(string email, string displayName)
    {
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { UserName = email, Email = email, DisplayName = displayName };
        var created = await users.CreateAsync(account, Password).ConfigureAwait(false);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return account;
    }

    public async Task<Team> SeedTeamAsync(string slug, string name)
    {
        await using var db = Store.CreateContext();
        var team = new Team(slug, name);
        db.Teams.Add(team);
        await db.SaveChangesAsync().ConfigureAwait(false);
        return team;
    }

    public async Task SeedMembershipAsync(string teamSlug, Account account, TeamRole role)
    {
        await using var db = Store.CreateContext();
        var team = await db.Teams.SingleAsync(t => t.Slug == teamSlug).ConfigureAwait(false);
        var stored = await db.Users.SingleAsync(a => a.Id == account.Id).ConfigureAwait(false);
        db.Memberships.Add(new Membership(team, stored, role));
        await db.SaveChangesAsync().ConfigureAwait(false);
    }

    /// <summary>Makes a token and returns its secret; <paramref name="revoked"/> revokes it at once.</summary>
    public async Task<string> SeedTokenAsync(string teamSlug, Account account, TokenScope scope, bool revoked = false)
    {
        await using var db = Store.CreateContext();
        var team = await db.Teams.SingleAsync(t => t.Slug == teamSlug).ConfigureAwait(false);
        var stored = await db.Users.SingleAsync(a => a.Id == account.Id).ConfigureAwait(false);
        var secret = ApiTokens.NewSecret();
        var token = new ApiToken(team, stored, "test", scope, ApiTokens.Hash(secret), ApiTokens.Prefix(secret), Clock.GetCurrentInstant());
        if (revoked)
        {
            token.Revoke(Clock.GetCurrentInstant());
        }

        db.ApiTokens.Add(token);
        await db.SaveChangesAsync().ConfigureAwait(false);
        return secret;
    }

    /// <summary>Imports notes into a team's series, as <c>docket import</c> would.</summary>
    public async Task<FileImport> ImportAsync(string teamSlug, string series, string path, string text)
    {
        var import = await new NotesImporter(Store, Clock)
            .ImportAsync(new ImportRequest(path, System.Text.Encoding.UTF8.GetBytes(text)) { Team = teamSlug, Series = series })
            .ConfigureAwait(false);
        Assert.True(import.Error is null, import.Error?.ToString());
        return import;
    }

    public async Task SetAccessAsync(string teamSlug, string seriesSlug, AccessLevel access)
    {
        await using var db = Store.CreateContext();
        var series = await db.Series.SingleAsync(s => s.Team.Slug == teamSlug && s.Slug == seriesSlug).ConfigureAwait(false);
        series.ChangeAccess(access);
        await db.SaveChangesAsync().ConfigureAwait(false);
    }

    /// <summary>Signs in through the real form, antiforgery token and all; the client keeps the cookie.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, "/account/sign-in").ConfigureAwait(false);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form).ConfigureAwait(false);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
    }

    /// <summary>The antiforgery token of the form on a page (the client keeps the matching cookie).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative)).ConfigureAwait(false);
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, $"no antiforgery field on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await _store.DisposeAsync().ConfigureAwait(false);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
