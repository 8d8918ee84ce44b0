using System.Net;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Features.Accounts;
using Docket.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Accounts;

public sealed class SignInTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SignIn_WrongPassword_Answers400WithAClearMessage(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedAccountAsync("ada@example.org", "Ada");
        using var client = server.Client();

        var response = await Forms.SignInAsync(client, "ada@example.org", "not the password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(SignInModel.WrongPassword), await Forms.BodyAsync(response), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_SaysTheSameAsAWrongPassword()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = server.Client();

        var response = await Forms.SignInAsync(client, "nobody@example.org", TestServer.Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(SignInModel.WrongPassword), await Forms.BodyAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SignIn_TenWrongPasswords_LocksTheAccountEvenForTheRightOne(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedAccountAsync("ada@example.org", "Ada");
        using var client = server.Client();

        for (var attempt = 0; attempt < 10; attempt++)
        {
            await Forms.SignInAsync(client, "ada@example.org", "guess " + attempt);
        }

        var response = await Forms.SignInAsync(client, "ada@example.org", TestServer.Password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(SignInModel.LockedOut), await Forms.BodyAsync(response), StringComparison.Ordinal);
        await using var db = server.Store.CreateContext();
        Assert.NotNull(await db.Users.Where(a => a.Email == "ada@example.org").Select(a => a.LockoutEnd).SingleAsync());
    }

    [Fact]
    public async Task SignIn_MoreAttemptsThanTheLimit_Answers429WithRetryAfter()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite, s => s with { SignInPerMinute = 3 });
        await server.SeedAccountAsync("ada@example.org", "Ada");
        using var client = server.Client();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last = await Forms.SignInAsync(client, "ada@example.org", "guess " + attempt);
            statuses.Add(last.StatusCode);
        }

        // Three attempts are answered (reading the form between them is free); the fourth is refused.
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        // Even the right password waits: the limit is on attempts, not on failures.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Forms.SignInAsync(client, "ada@example.org", TestServer.Password)).StatusCode);
    }

    [Theory]
    // A local path is where the sign-in page was asked from: go back there.
    [InlineData("/account", "/account")]
    [InlineData("/t/infra/members?x=1", "/t/infra/members?x=1")]
    // Absolute, protocol-relative and backslash tricks leave the site: refused, home instead.
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public async Task SignIn_ReturnUrl_OnlyLocalOnesAreFollowed(string returnUrl, string expected)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await server.SeedAccountAsync("ada@example.org", "Ada");
        using var client = server.Client();

        var response = await Forms.SignInAsync(client, "ada@example.org", TestServer.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Account_Anonymous_RedirectsToSignInWithReturnUrl()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/account/sign-in?ReturnUrl=%2Faccount", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SignIn_CookieFromBeforeARestart_StillSignsIn(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedAccountAsync("ada@example.org", "Ada");
        var cookies = new CookieContainer();
        using var before = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server.Address };
        await TestServer.SignInAsync(before, "ada@example.org");

        await using var restarted = await SecondServer.StartAsync(server);
        using var after = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = restarted.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", "docket=" + cookies.GetCookies(server.Address)["docket"]!.Value);
        var response = await after.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Signed in as <strong>Ada</strong>", await Forms.BodyAsync(response), StringComparison.Ordinal);
        await using var db = server.Store.CreateContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }
}
