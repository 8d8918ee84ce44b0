using System.Net;
using System.Text.Json;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Access;

/// <summary>
/// Every page and endpoint, as every kind of viewer, against every access level: each level's
/// notes carry a word of their own, and a viewer's responses must hold exactly the words they may
/// read — in pages, JSON, search snippets and counts, feeds and error bodies alike.
/// </summary>
public sealed class AccessMatrixTests
{
    // One word per place, said in the meeting's notes, decision and action item.
    private const string PublicWord = "okapi";
    private const string IndexedWord = "ocelot";
    private const string PrivateWord = "narwhal";
    private const string PrivateMeetingWord = "quokka";

    private static readonly string[] AllWords = [PublicWord, IndexedWord, PrivateWord, PrivateMeetingWord];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in TestStore.ProviderNames)
        {
            foreach (var role in new[] { "anonymous", "guest", "member", "owner", "other-team", "revoked-token" })
            {
                data.Add(provider, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryEndpoint_ShowsEachViewerExactlyWhatTheirRoleMayRead(string provider, string role)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await SeedAsync(server);
        var (pages, api) = await ClientsAsync(server, world, role);
        using var _ = pages;
        using var __ = api;

        var readable = role switch
        {
            "guest" => new[] { PublicWord, IndexedWord },
            "member" or "owner" => AllWords,
            _ => [PublicWord],
        };

        var seen = new Dictionary<string, string>();
        foreach (var path in PagePaths(world))
        {
            seen[path] = await BodyAsync(pages, path);
        }

        foreach (var path in ApiPaths(world))
        {
            var response = await api.GetAsync(new Uri(path, UriKind.Relative));
            if (role == "revoked-token")
            {
                // A revoked token is refused outright, never served as anonymous.
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }

            seen[path] = await response.Content.ReadAsStringAsync();
        }

        foreach (var word in AllWords.Except(readable))
        {
            // The search page shows the asker's own query back; that echo is not a leak, so that
            // page is instead checked to be indistinguishable from a search for a word nobody said.
            var echo = $"/search?q={word}";
            var leaks = seen.Where(s => s.Key != echo && s.Value.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(s => s.Key).ToList();
            Assert.True(leaks.Count == 0, $"{role} saw '{word}' in: {string.Join(", ", leaks)}");
            var nobody = await BodyAsync(pages, "/search?q=yodelling");
            Assert.Equal(Comparable(nobody.Replace("yodelling", "WORD", StringComparison.Ordinal)), Comparable(seen[echo].Replace(word, "WORD", StringComparison.OrdinalIgnoreCase)));
        }

        // What they may read, they do read: on the meeting page, in the API and through search.
        if (role != "revoked-token")
        {
            foreach (var word in readable)
            {
                var meeting = world.MeetingFor(word);
                Assert.Contains(word, seen[$"/meetings/{meeting}"], StringComparison.OrdinalIgnoreCase);
                Assert.Contains(word, seen[$"/api/v1/meetings/{meeting}"], StringComparison.OrdinalIgnoreCase);
                Assert.Contains(word, await BodyAsync(pages, $"/search?q={word}"), StringComparison.OrdinalIgnoreCase);
            }
        }

        // The private series and meeting, to an outsider, are answered exactly like missing ones.
        if (!readable.Contains(PrivateWord))
        {
            // A revoked token is refused on pages too (401), whatever is asked for.
            var status = role == "revoked-token" ? HttpStatusCode.Unauthorized : HttpStatusCode.NotFound;
            await AssertSameAsMissingAsync(pages, $"/meetings/{world.PrivateMeeting}", "/meetings/987654", status);
            await AssertSameAsMissingAsync(pages, $"/t/{world.Team}/s/money", $"/t/{world.Team}/s/no-such-series", status);
            if (role != "revoked-token")
            {
                await AssertSameAsMissingAsync(api, $"/api/v1/meetings/{world.PrivateMeeting}", "/api/v1/meetings/987654");
                await AssertSameAsMissingAsync(api, $"/api/v1/teams/{world.Team}/series/money", $"/api/v1/teams/{world.Team}/series/no-such-series");
            }
        }

        // Indexed: the title is public, the content is not.
        if (!readable.Contains(IndexedWord) && role != "revoked-token")
        {
            Assert.Contains("Board", seen[$"/t/{world.Team}/s/board"], StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task SearchCounts_CoverOnlyWhatTheViewerMayRead(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await SeedAsync(server);
        using var anonymous = server.Client();
        using var member = server.TokenClient(world.MemberToken);

        // "weekly" is in every meeting's notes; an outsider's total counts the public ones only.
        var outsider = await TotalAsync(anonymous, "/api/v1/search?q=weekly");
        var insider = await TotalAsync(member, "/api/v1/search?q=weekly");

        Assert.True(outsider > 0 && outsider < insider, $"anonymous total {outsider}, member total {insider}");
        Assert.Equal(0, await TotalAsync(anonymous, "/api/v1/search?q=narwhal"));
    }

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static IEnumerable<string> PagePaths(World world)
    {
        yield return "/";
        yield return $"/t/{world.Team}";
        foreach (var series in new[] { "open", "board", "money" })
        {
            yield return $"/t/{world.Team}/s/{series}";
            yield return $"/t/{world.Team}/s/{series}/calendar.ics";
            yield return $"/t/{world.Team}/s/{series}/next";
        }

        foreach (var meeting in world.Meetings)
        {
            yield return $"/meetings/{meeting}";
        }

        foreach (var person in world.People)
        {
            yield return $"/t/{world.Team}/people/{person}";
        }

        foreach (var word in AllWords)
        {
            yield return $"/search?q={word}";
        }

        yield return $"/t/{world.Team}/minutes.atom";
    }

    private static IEnumerable<string> ApiPaths(World world)
    {
        yield return "/api/v1/teams";
        yield return $"/api/v1/teams/{world.Team}";
        yield return $"/api/v1/teams/{world.Team}/series";
        foreach (var series in new[] { "open", "board", "money" })
        {
            yield return $"/api/v1/teams/{world.Team}/series/{series}";
            yield return $"/api/v1/teams/{world.Team}/series/{series}/meetings";
        }

        yield return $"/api/v1/teams/{world.Team}/decisions";
        yield return $"/api/v1/teams/{world.Team}/actions";
        yield return $"/api/v1/teams/{world.Team}/people";
        foreach (var meeting in world.Meetings)
        {
            yield return $"/api/v1/meetings/{meeting}";
            yield return $"/api/v1/meetings/{meeting}/notes";
            yield return $"/api/v1/meetings/{meeting}/agenda";
            yield return $"/api/v1/meetings/{meeting}/decisions";
        }

        foreach (var action in world.Actions)
        {
            yield return $"/api/v1/actions/{action}";
        }

        foreach (var person in world.People)
        {
            yield return $"/api/v1/people/{person}";
        }

        foreach (var word in AllWords)
        {
            yield return $"/api/v1/search?q={word}";
        }
    }

    private static async Task<string> BodyAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task AssertSameAsMissingAsync(HttpClient client, string hidden, string missing, HttpStatusCode status = HttpStatusCode.NotFound)
    {
        var a = await client.GetAsync(new Uri(hidden, UriKind.Relative));
        var b = await client.GetAsync(new Uri(missing, UriKind.Relative));
        Assert.Equal(status, a.StatusCode);
        Assert.Equal(b.StatusCode, a.StatusCode);
        // Both bodies may name the id or slug asked for: that is the asker's own input.
        static string Asked(string body, string path) =>
            System.Text.RegularExpressions.Regex.Replace(Comparable(body), $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(path.Split('/')[^1])}(?![\w-])", "ASKED");
        var missingBody = Asked(await b.Content.ReadAsStringAsync(), missing);
        var hiddenBody = Asked(await a.Content.ReadAsStringAsync(), hidden);
        Assert.Equal(missingBody, hiddenBody);
    }

    /// <summary>A body without what differs per request anyway (trace ids, antiforgery tokens, the path asked for).</summary>
    private static string Comparable(string body) =>
        System.Text.RegularExpressions.Regex.Replace(body, "(\"traceId\":\"[^\"]*\")|(value=\"[^\"]{40,}\")|(X-CSRF-Token(?:\"|&quot;): (?:\"|&quot;)[^\"&]*)|(\"instance\":\"[^\"]*\")", "");

    private static async Task<(HttpClient Pages, HttpClient Api)> ClientsAsync(TestServer server, World world, string role)
    {
        switch (role)
        {
            case "anonymous":
                return (server.Client(), server.Client());
            case "revoked-token":
                return (server.TokenClient(world.RevokedToken), server.TokenClient(world.RevokedToken));
            default:
                var pages = server.Client();
                await TestServer.SignInAsync(pages, world.Emails[role]);
                return (pages, server.TokenClient(world.Tokens[role]));
        }
    }

    private static async Task<World> SeedAsync(TestServer server)
    {
        await server.SeedTeamAsync("coop", "The Co-op");
        await server.SeedTeamAsync("elsewhere", "Elsewhere");
        var emails = new Dictionary<string, string>();
        var tokens = new Dictionary<string, string>();
        string revoked = "";
        foreach (var (role, team, teamRole) in new[]
        {
            ("guest", "coop", TeamRole.Guest),
            ("member", "coop", TeamRole.Member),
            ("owner", "coop", TeamRole.Owner),
            ("other-team", "elsewhere", TeamRole.Owner),
        })
        {
            var account = await server.SeedAccountAsync($"{role}@example.org", role);
            await server.SeedMembershipAsync(team, account, teamRole);
            emails[role] = account.Email!;
            tokens[role] = await server.SeedTokenAsync(team, account, TokenScope.Read);
            if (role == "member")
            {
                revoked = await server.SeedTokenAsync(team, account, TokenScope.Write, revoked: true);
            }
        }

        await server.ImportAsync("coop", "open", "/n/open.md", Notes("Open weekly 2024-03-07", PublicWord, "Ada") + "\n" + Notes("Open weekly 2024-03-14", PrivateMeetingWord, "Ada"));
        await server.ImportAsync("coop", "board", "/n/board.md", Notes("Board weekly 2024-03-08", IndexedWord, "Bea"));
        await server.ImportAsync("coop", "money", "/n/money.md", Notes("Money weekly 2024-03-09", PrivateWord, "Cy"));
        await server.SetAccessAsync("coop", "board", AccessLevel.Indexed);
        await server.SetAccessAsync("coop", "money", AccessLevel.Private);

        await using var db = server.Store.CreateContext();
        (await db.Meetings.SingleAsync(m => m.Title == "Open weekly 2024-03-14")).ChangeAccess(AccessLevel.Private);
        await db.SaveChangesAsync();
        var meetings = await db.Meetings.ToDictionaryAsync(m => m.Title!, m => m.Id);
        var actions = await db.Actions.Select(a => a.Id).ToListAsync();
        var people = await db.People.Select(p => p.Id).ToListAsync();
        return new World(
            "coop",
            new Dictionary<string, int>
            {
                [PublicWord] = meetings["Open weekly 2024-03-07"],
                [PrivateMeetingWord] = meetings["Open weekly 2024-03-14"],
                [IndexedWord] = meetings["Board weekly 2024-03-08"],
                [PrivateWord] = meetings["Money weekly 2024-03-09"],
            },
            actions,
            people,
            emails,
            tokens,
            revoked);
    }

    private static string Notes(string title, string word, string owner) => $"""
        # {title}

        Attending: {owner}, Dee

        ## The {word} question
        - We talked about the {word} at length
        - [DECISION] Adopt the {word} plan

        ## Action items
        - [ ] {owner} to write up the {word} findings

        """;

    private sealed record World(
        string Team,
        IReadOnlyDictionary<string, int> MeetingsByWord,
        IReadOnlyList<int> Actions,
        IReadOnlyList<int> People,
        IReadOnlyDictionary<string, string> Emails,
        IReadOnlyDictionary<string, string> Tokens,
        string RevokedToken)
    {
        public IEnumerable<int> Meetings => MeetingsByWord.Values;

        public int PrivateMeeting => MeetingsByWord[PrivateWord];

        public int MeetingFor(string word) => MeetingsByWord[word];

        public string MemberToken => Tokens["member"];
    }
}
