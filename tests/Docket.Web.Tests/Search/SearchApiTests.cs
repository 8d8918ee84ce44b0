using System.Net;
using System.Text.Json;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;

namespace Docket.Web.Tests.Search;

public sealed class SearchApiTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_Anonymous_FindsPublicWordsWithHighlightRuns(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await SearchSeed.SeedAsync(server);
        using var client = server.Client();

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/search?q=zanzibar", UriKind.Relative)));

        var root = json.RootElement;
        // Two hits in oss/weekly; corp's private meeting says zanzibar too, and must not count.
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(2, hits.Count);
        Assert.All(hits, h =>
        {
            Assert.Equal("oss", h.GetProperty("team").GetString());
            Assert.Equal("weekly", h.GetProperty("series").GetString());
            Assert.Equal("2024-03-07", h.GetProperty("date").GetString());
            Assert.True(h.GetProperty("line").GetInt32() > 0);
            Assert.True(h.GetProperty("meetingId").GetInt32() > 0);
            var runs = h.GetProperty("text").EnumerateArray().ToList();
            Assert.Contains(runs, r => r.GetProperty("highlight").GetBoolean() && r.GetProperty("text").GetString()!.Equals("zanzibar", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain('\uE000', h.GetRawText());
        });
        Assert.Contains(hits, h => h.GetProperty("kind").GetString() == "decision");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_EachViewer_SeesOnlyWhatTheyMayRead(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await SearchSeed.SeedAsync(server);
        var member = await server.SeedAccountAsync("member@example.org", "Member");
        await server.SeedMembershipAsync("oss", member, TeamRole.Member);
        var guest = await server.SeedAccountAsync("guest@example.org", "Guest");
        await server.SeedMembershipAsync("oss", guest, TeamRole.Guest);
        var memberToken = await server.SeedTokenAsync("oss", member, TokenScope.Read);
        var guestToken = await server.SeedTokenAsync("oss", guest, TokenScope.Read);
        var outsider = await server.SeedAccountAsync("corp@example.org", "Corp person");
        await server.SeedMembershipAsync("corp", outsider, TeamRole.Owner);
        var corpToken = await server.SeedTokenAsync("corp", outsider, TokenScope.Read);

        // Rows: word, then how many hits anonymous, a guest, a member of oss, and corp's owner get.
        (string Word, int Anonymous, int Guest, int Member, int Corp)[] rows =
        [
            // Public series, public meeting: everyone (corp's owner also reads corp's own private mention).
            ("zanzibar", 2, 2, 2, 3),
            // Private meeting in a public series: members only, never counted for others.
            ("quokka", 0, 0, 1, 0),
            // Indexed series: the team's guests and members read its content; anonymous does not.
            ("wombat", 0, 1, 1, 0),
            // Private series: members of its team only.
            ("platypus", 0, 0, 1, 0),
            // Another team's private series: only that team.
            ("narwhal", 0, 0, 0, 1),
        ];
        using var anonymous = server.Client();
        using var guestClient = server.TokenClient(guestToken);
        using var memberClient = server.TokenClient(memberToken);
        using var corpClient = server.TokenClient(corpToken);
        foreach (var row in rows)
        {
            Assert.Equal(row.Anonymous, await TotalAsync(anonymous, row.Word));
            Assert.Equal(row.Guest, await TotalAsync(guestClient, row.Word));
            Assert.Equal(row.Member, await TotalAsync(memberClient, row.Word));
            Assert.Equal(row.Corp, await TotalAsync(corpClient, row.Word));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_NamesOfAnotherTeamsPrivateThings_AnswerLikeMissingOnes(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await SearchSeed.SeedAsync(server);
        using var client = server.Client();

        // "exec" is corp's private series, "mallory" a person only in it: both must look like names that do not exist.
        var hidden = await ProblemAsync(client, "/api/v1/search?q=narwhal&series=exec");
        var missing = await ProblemAsync(client, "/api/v1/search?q=narwhal&series=nosuchseries");
        Assert.Equal(missing.Replace("nosuchseries", "exec", StringComparison.Ordinal), hidden);
        var hiddenPerson = await ProblemAsync(client, "/api/v1/search?q=narwhal&who=mallory");
        var missingPerson = await ProblemAsync(client, "/api/v1/search?q=narwhal&who=nobodyhere");
        Assert.Equal(missingPerson.Replace("nobodyhere", "mallory", StringComparison.Ordinal), hiddenPerson);
        Assert.DoesNotContain("narwhal acquisition", hidden, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Search_Filters_NarrowTheHits(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await SearchSeed.SeedAsync(server);
        using var client = server.Client();

        // kind= narrows to decisions; series= to one series; until= before the meeting leaves nothing.
        Assert.Equal(1, await TotalAsync(client, "zanzibar", "&kind=decision"));
        Assert.Equal(2, await TotalAsync(client, "zanzibar", "&series=weekly"));
        Assert.Equal(0, await TotalAsync(client, "zanzibar", "&until=2024-03-01"));
    }

    [Theory]
    // An unclosed quote: a syntax error of the query language.
    [InlineData("q=%22unbalanced")]
    // An FTS5 operator typed by a user is not passed to MATCH: still a clean answer, not a 500.
    [InlineData("q=kind:nonsense")]
    // A date that is not one.
    [InlineData("q=x&since=yesterday")]
    // Nothing asked at all.
    [InlineData("q=")]
    public async Task Search_BadQuery_Answers400ProblemDetails(string query)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri("/api/v1/search?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Search_RevokedToken_Answers401()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await SearchSeed.SeedAsync(server);
        var member = await server.SeedAccountAsync("member@example.org", "Member");
        await server.SeedMembershipAsync("oss", member, TeamRole.Member);
        var revoked = await server.SeedTokenAsync("oss", member, TokenScope.Read, revoked: true);
        using var client = server.TokenClient(revoked);

        var response = await client.GetAsync(new Uri("/api/v1/search?q=quokka", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("quokka plans", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<int> TotalAsync(HttpClient client, string word, string more = "")
    {
        var response = await client.GetAsync(new Uri($"/api/v1/search?q={word}{more}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{word}{more}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        var total = json.RootElement.GetProperty("total").GetInt32();
        Assert.Equal(total, json.RootElement.GetProperty("hits").GetArrayLength());
        return total;
    }

    private static async Task<string> ProblemAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("detail").GetString()!;
    }
}
