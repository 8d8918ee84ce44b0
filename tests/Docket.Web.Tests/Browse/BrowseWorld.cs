using Docket.Store.Model;
using Docket.Store.Planning;
using Docket.Web.Tests.Fixtures;

namespace Docket.Web.Tests.Browse;

/// <summary>
/// One team ("acme") with a public, an indexed and a private series of notes and a planned series,
/// and API tokens for each role; each test builds its own.
/// </summary>
internal sealed class BrowseWorld
{
    /// <summary>Words only the private series holds.</summary>
    public static readonly string[] PrivateWords = ["zebracorp", "Mallory"];

    /// <summary>Words only the indexed series' content holds (its titles are public).</summary>
    public static readonly string[] IndexedWords = ["pangolin", "Dave"];

    public const string PublicOne = """
        # Open weekly 2026-11-05

        Attendees: Alice, Bob, Carol

        ## Decisions
        - [DECISION] Adopt the blue logo

        ## Action items
        - #todo alice: draft the release notes
        - [x] bob to fix the flaky build
        """;

    public const string PublicTwo = """
        # Open weekly 2026-11-12

        Attendees: Alice, Bob

        ## Decisions
        - [DECISION] Ship on Fridays

        ## Action items
        - #todo carol: book the venue
        """;

    public const string IndexedOne = """
        # Indexed sync 2026-11-04

        Attendees: Dave, Alice

        - [DECISION] Rename the pangolin module
        - #todo dave: write the pangolin migration guide
        """;

    public const string PrivateOne = """
        # Secret sync 2026-11-06

        Attendees: Alice, Mallory

        - [DECISION] Acquire zebracorp quietly
        - #todo mallory: prepare the zebracorp term sheet

        ##### @Mallory
        Last week:
        - zebracorp due diligence

        This week:
        - zebracorp valuation

        Blocked:
        - zebracorp lawyers
        """;

    private BrowseWorld(TestServer server) => Server = server;

    public TestServer Server { get; }

    public Account Member { get; private set; } = null!;

    public Account Guest { get; private set; } = null!;

    public Account Stranger { get; private set; } = null!;

    public string MemberToken { get; private set; } = "";

    public string GuestToken { get; private set; } = "";

    /// <summary>A member of another team, with a token for that team.</summary>
    public string StrangerToken { get; private set; } = "";

    public static async Task<BrowseWorld> SeedAsync(TestServer server)
    {
        var world = new BrowseWorld(server);
        await server.SeedTeamAsync("acme", "Acme");
        await server.SeedTeamAsync("other", "Other");
        await server.ImportAsync("acme", "open-weekly", "/notes/open-1.md", PublicOne);
        await server.ImportAsync("acme", "open-weekly", "/notes/open-2.md", PublicTwo);
        await server.ImportAsync("acme", "indexed-sync", "/notes/indexed-1.md", IndexedOne);
        await server.ImportAsync("acme", "secret-sync", "/notes/secret-1.md", PrivateOne);
        await server.SetAccessAsync("acme", "indexed-sync", AccessLevel.Indexed);
        await server.SetAccessAsync("acme", "secret-sync", AccessLevel.Private);

        // The member's display name is how the notes call her: "my action items" finds her by it.
        world.Member = await server.SeedAccountAsync("alice@example.org", "Alice");
        world.Guest = await server.SeedAccountAsync("gus@example.org", "Gus");
        world.Stranger = await server.SeedAccountAsync("sam@example.org", "Sam");
        await server.SeedMembershipAsync("acme", world.Member, TeamRole.Member);
        await server.SeedMembershipAsync("acme", world.Guest, TeamRole.Guest);
        await server.SeedMembershipAsync("other", world.Stranger, TeamRole.Owner);
        world.MemberToken = await server.SeedTokenAsync("acme", world.Member, TokenScope.Read);
        world.GuestToken = await server.SeedTokenAsync("acme", world.Guest, TokenScope.Read);
        world.StrangerToken = await server.SeedTokenAsync("other", world.Stranger, TokenScope.Read);
        return world;
    }

    /// <summary>A planned weekly series with two members in other zones.</summary>
    public async Task PlanAsync()
    {
        var result = await new SeriesPlanner(Server.Store, Server.Clock).AddAsync("Planning", new SeriesSettings
        {
            Team = "acme",
            Cadence = "weekly on Thursday 11:00 America/Los_Angeles",
            Members = [new MemberSetting("Alice", "Europe/Berlin"), new MemberSetting("Kenji", "Asia/Tokyo")],
        });
        Assert.True(result.Succeeded, result.Message);
    }

    /// <summary>A client for a role: "anonymous", "guest", "member" or "stranger" (a member of another team).</summary>
    public HttpClient ClientFor(string role) => role switch
    {
        "anonymous" => Server.Client(),
        "guest" => Server.TokenClient(GuestToken),
        "member" => Server.TokenClient(MemberToken),
        "stranger" => Server.TokenClient(StrangerToken),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
