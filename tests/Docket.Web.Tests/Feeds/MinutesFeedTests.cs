using System.Net;
using System.Xml.Linq;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;
using Docket.Web.Tests.Search;

namespace Docket.Web.Tests.Feeds;

public sealed class MinutesFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Feed_Anonymous_HasOnlyPublicMeetingsNewestFirst(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await SearchSeed.SeedAsync(server);
        await server.ImportAsync("oss", "release", "/notes/release.md", "# Release 2024-04-01\n\n## Notes\n- shipped the emu build\n");
        using var client = server.Client();

        var response = await client.GetAsync(new Uri("/t/oss/minutes.atom", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(["2024-04-01", "2024-03-07"], entries.Select(e => e.Element(Atom + "updated")!.Value[..10]));
        Assert.All(entries, e => Assert.StartsWith(server.Address + "meetings/", e.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal));
        Assert.Contains("zanzibar", entries[1].Element(Atom + "content")!.Value, StringComparison.Ordinal);
        var text = feed.ToString();
        foreach (var secret in new[] { "quokka", "wombat", "platypus", "narwhal" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Feed_MemberToken_AddsWhatTheMemberReads(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await SearchSeed.SeedAsync(server);
        var member = await server.SeedAccountAsync("member@example.org", "Member");
        await server.SeedMembershipAsync("oss", member, TeamRole.Member);
        var token = await server.SeedTokenAsync("oss", member, TokenScope.Read);
        var outsider = await server.SeedAccountAsync("corp@example.org", "Corp");
        await server.SeedMembershipAsync("corp", outsider, TeamRole.Owner);
        var corpToken = await server.SeedTokenAsync("corp", outsider, TokenScope.Read);
        using var client = server.Client();

        var memberFeed = await client.GetStringAsync(new Uri("/t/oss/minutes.atom?token=" + token, UriKind.Relative));
        var corpFeed = await client.GetStringAsync(new Uri("/t/oss/minutes.atom?token=" + corpToken, UriKind.Relative));

        Assert.Equal(4, XDocument.Parse(memberFeed).Root!.Elements(Atom + "entry").Count());
        foreach (var word in new[] { "quokka", "wombat", "platypus" })
        {
            Assert.Contains(word, memberFeed, StringComparison.Ordinal);
            // Corp's owner is an outsider to oss: the public feed only.
            Assert.DoesNotContain(word, corpFeed, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(token, memberFeed, StringComparison.Ordinal);
    }

    [Theory]
    // No such team.
    [InlineData("/t/nosuchteam/minutes.atom", HttpStatusCode.NotFound)]
    // A token that is not one.
    [InlineData("/t/oss/minutes.atom?token=dkt_forged", HttpStatusCode.Unauthorized)]
    public async Task Feed_BadTeamOrToken_IsRefused(string path, HttpStatusCode status)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await SearchSeed.SeedAsync(server);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
    }
}
