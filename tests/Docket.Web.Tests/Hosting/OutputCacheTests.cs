using System.Net;
using System.Net.Http.Json;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Hosting;

/// <summary>
/// Anonymous readers share cached pages and reads; nobody else is ever served from that cache, and
/// a write through the server shows to the next anonymous reader at once.
/// </summary>
public sealed class OutputCacheTests
{
    private const string Notes = """
        # Lantern weekly 2024-05-02

        Attending: Ada, Bo

        ## Release
        - [DECISION] Ship 1.4 on Friday
        - [ ] Ada to write the release notes
        """;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task AnonymousRead_IsCached_AndAWriteShowsAtOnce(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("lantern", "Lantern");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("lantern", ada, TeamRole.Member);
        await server.ImportAsync("lantern", "weekly", "/n/weekly.md", Notes);
        int meeting, action;
        await using (var db = server.Store.CreateContext())
        {
            meeting = await db.Meetings.Select(m => m.Id).SingleAsync();
            action = await db.Actions.Select(a => a.Id).SingleAsync();
        }

        using var anonymous = server.Client();
        var path = new Uri($"/api/v1/meetings/{meeting}", UriKind.Relative);
        var first = await anonymous.GetAsync(path);
        var second = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);
        // Served from the cache: the output cache says how old its copy is.
        Assert.NotNull(second.Headers.Age);
        Assert.Contains("\"status\":\"open\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Ada ticks the action off through the API.
        using var writer = server.TokenClient(await server.SeedTokenAsync("lantern", ada, TokenScope.Write));
        var read = await writer.GetAsync(new Uri($"/api/v1/actions/{action}", UriKind.Relative));
        Assert.Null(read.Headers.Age);
        using var patch = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/api/v1/actions/{action}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { status = "done" }),
        };
        patch.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await writer.SendAsync(patch)).StatusCode);

        // The next anonymous read is fresh, not the cached copy.
        var after = await anonymous.GetAsync(path);
        Assert.Null(after.Headers.Age);
        Assert.Contains("\"status\":\"done\"", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task SignedInAndTokenReads_AreNeverCachedOrServedToOthers(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("lantern", "Lantern");
        var ada = await server.SeedAccountAsync("ada@example.org", "Ada");
        await server.SeedMembershipAsync("lantern", ada, TeamRole.Member);
        await server.ImportAsync("lantern", "weekly", "/n/weekly.md", Notes);
        await server.SetAccessAsync("lantern", "weekly", AccessLevel.Private);
        int meeting;
        await using (var db = server.Store.CreateContext())
        {
            meeting = await db.Meetings.Select(m => m.Id).SingleAsync();
        }

        using var member = server.TokenClient(await server.SeedTokenAsync("lantern", ada, TokenScope.Read));
        using var browser = server.Client();
        await TestServer.SignInAsync(browser, "ada@example.org");
        using var anonymous = server.Client();

        foreach (var (client, path) in new[] { (member, $"/api/v1/meetings/{meeting}"), (browser, $"/meetings/{meeting}") })
        {
            var one = await client.GetAsync(new Uri(path, UriKind.Relative));
            var two = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, two.StatusCode);
            Assert.Null(one.Headers.Age);
            Assert.Null(two.Headers.Age);

            // What the member just read is still a 404 to someone else.
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }
}
