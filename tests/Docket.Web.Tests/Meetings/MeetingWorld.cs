using System.Net;
using System.Text.RegularExpressions;
using Docket.Store.Model;
using Docket.Web.Tests.Fixtures;

namespace Docket.Web.Tests.Meetings;

/// <summary>
/// One team ("infra") with a member, a guest and an outsider (a member of another team), each with
/// API tokens, and one meeting imported from a file. Every test builds its own.
/// </summary>
internal sealed partial class MeetingWorld
{
    public const string FilePath = "/notes/infra/2024-03-07.md";

    public const string WeekOne = """
        # Infra weekly 2024-03-07

        Attending: @carol, dave

        ## Agenda
        - (carol) Runner capacity (10 min)

        ## Decisions
        - [DECISION] Move CI off Travis to GitHub Actions

        ## Action items
        - [ ] carol to set up the new runners
        """;

    private MeetingWorld(TestServer server)
    {
        Server = server;
    }

    public TestServer Server { get; }

    public int MeetingId { get; private set; }

    public string MemberWrite { get; private set; } = "";

    public string MemberRead { get; private set; } = "";

    public string GuestRead { get; private set; } = "";

    public string OutsiderWrite { get; private set; } = "";

    public static async Task<MeetingWorld> CreateAsync(TestServer server, AccessLevel access, string notes = WeekOne, string path = FilePath)
    {
        var world = new MeetingWorld(server);
        await server.SeedTeamAsync("infra", "Infra");
        await server.SeedTeamAsync("other", "Other");
        var member = await server.SeedAccountAsync("carol@example.org", "Carol");
        var guest = await server.SeedAccountAsync("gus@example.org", "Gus");
        var outsider = await server.SeedAccountAsync("olga@example.org", "Olga");
        await server.SeedMembershipAsync("infra", member, TeamRole.Member);
        await server.SeedMembershipAsync("infra", guest, TeamRole.Guest);
        await server.SeedMembershipAsync("other", outsider, TeamRole.Owner);
        world.MemberWrite = await server.SeedTokenAsync("infra", member, TokenScope.Write);
        world.MemberRead = await server.SeedTokenAsync("infra", member, TokenScope.Read);
        world.GuestRead = await server.SeedTokenAsync("infra", guest, TokenScope.Read);
        world.OutsiderWrite = await server.SeedTokenAsync("other", outsider, TokenScope.Write);
        await server.ImportAsync("infra", "weekly", path, notes);
        await server.SetAccessAsync("infra", "weekly", access);
        world.MeetingId = await server.MeetingIdAsync(path);
        return world;
    }

    public static Uri Url(string path) => new(path, UriKind.Relative);

    /// <summary>A page without the per-request antiforgery token of the layout, so that two answers compare.</summary>
    public static string WithoutTokens(string html) => RequestToken().Replace(html, "TOKEN");

    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(Url(path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The antiforgery token the layout gives htmx (every page has it, with or without forms).</summary>
    public static async Task<string> HeaderTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(Url(page));
        var match = HeaderToken().Match(html);
        Assert.True(match.Success, $"no htmx antiforgery header on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("X-CSRF-Token(?:\"|&quot;): (?:\"|&quot;)([^\"&]+)")]
    private static partial Regex HeaderToken();

    [GeneratedRegex("(X-CSRF-Token(?:\"|&quot;): (?:\"|&quot;)|value=\")[^\"&]+")]
    private static partial Regex RequestToken();
}
