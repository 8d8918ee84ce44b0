using Docket.Store.Access;
using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.Search;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Tests.Access;

public sealed class AccessRulesTests
{
    private const int Team = 1;
    private const int OtherTeam = 2;

    public static TheoryData<string, AccessLevel, bool, bool> Levels => new()
    {
        // role,      level,               lists, reads
        { "anonymous", AccessLevel.Public, true, true },
        { "anonymous", AccessLevel.Indexed, true, false },
        { "anonymous", AccessLevel.Private, false, false },
        { "guest", AccessLevel.Indexed, true, true },
        // Guests read what is indexed, never what is private.
        { "guest", AccessLevel.Private, false, false },
        { "member", AccessLevel.Private, true, true },
        { "owner", AccessLevel.Private, true, true },
        // A role in another team counts for nothing here.
        { "other-team-owner", AccessLevel.Indexed, true, false },
        { "other-team-owner", AccessLevel.Private, false, false },
        // A read token of a member still reads private content; it only cannot write.
        { "member-read-token", AccessLevel.Private, true, true },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void CanListAndCanRead_FollowTheRoleAndLevel(string role, AccessLevel level, bool lists, bool reads)
    {
        var viewer = ViewerFor(role);

        Assert.Equal(lists, AccessRules.CanList(viewer, Team, level));
        Assert.Equal(reads, AccessRules.CanRead(viewer, Team, level));
    }

    [Theory]
    // Only members and owners write, and a token only with a write scope.
    [InlineData("anonymous", false, false)]
    [InlineData("guest", false, false)]
    [InlineData("member", true, false)]
    [InlineData("owner", true, true)]
    [InlineData("member-read-token", false, false)]
    [InlineData("owner-write-token", true, true)]
    [InlineData("other-team-owner", false, false)]
    public void CanWriteAndCanManage_NeedTheRoleAndAWritingScope(string role, bool writes, bool manages)
    {
        var viewer = ViewerFor(role);

        Assert.Equal(writes, viewer.CanWrite(Team));
        Assert.Equal(manages, viewer.CanManage(Team));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Queries_AgreeWithTheRules_ForSeriesAndMeetingLevels(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var ids = await SeedAsync(store);
        await using var db = store.Provider.CreateContext();

        foreach (var role in new[] { "anonymous", "guest", "member", "other-team-owner" })
        {
            var viewer = ViewerFor(role, ids.Team, ids.OtherTeam);
            var listed = await db.Meetings.Listed(viewer).Select(m => m.Id).ToListAsync();
            var readable = await db.Meetings.Readable(viewer).Select(m => m.Id).ToListAsync();
            var meetings = await db.Meetings.Include(m => m.Series).ToListAsync();

            foreach (var meeting in meetings)
            {
                Assert.True(AccessRules.CanList(viewer, meeting) == listed.Contains(meeting.Id), $"{role} lists {meeting.Title}");
                Assert.True(AccessRules.CanRead(viewer, meeting) == readable.Contains(meeting.Id), $"{role} reads {meeting.Title}");
            }
        }

        // The private meeting inside the public series is hidden from a guest, not its neighbour.
        var guest = ViewerFor("guest", ids.Team, ids.OtherTeam);
        var guestReads = await db.Meetings.Readable(guest).Select(m => m.Title).ToListAsync();
        Assert.Contains("Open weekly 2024-03-07", guestReads);
        Assert.DoesNotContain("Open weekly 2024-03-14", guestReads);
        Assert.Contains("Board 2024-03-08", guestReads);
        Assert.DoesNotContain("Money 2024-03-09", guestReads);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Search_WithTheViewersScope_NeverFindsWhatTheyMayNotRead(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var ids = await SeedAsync(store);

        async Task<SearchResults> SearchAsAsync(string role, string query)
        {
            await using var db = store.Provider.CreateContext();
            var scope = await AccessRules.SearchScopeAsync(db, ViewerFor(role, ids.Team, ids.OtherTeam), CancellationToken.None);
            var result = await store.Search.SearchAsync(new SearchRequest(query) { VisibleSeries = scope.Series, HiddenMeetings = scope.HiddenMeetings });
            Assert.True(result.Succeeded, result.Message);
            return result.Value!;
        }

        // "zebra" is said once in each meeting: public, private override, indexed series, private series.
        Assert.Equal(1, (await SearchAsAsync("anonymous", "zebra")).Total);
        Assert.Equal(2, (await SearchAsAsync("guest", "zebra")).Total);
        Assert.Equal(4, (await SearchAsAsync("member", "zebra")).Total);
        Assert.Equal(1, (await SearchAsAsync("other-team-owner", "zebra")).Total);

        // Naming a series one may not read answers exactly like naming one that does not exist.
        await using (var db = store.Provider.CreateContext())
        {
            var scope = await AccessRules.SearchScopeAsync(db, ViewerFor("anonymous", ids.Team, ids.OtherTeam), CancellationToken.None);
            var hidden = await store.Search.SearchAsync(new SearchRequest("zebra") { Series = "money", VisibleSeries = scope.Series, HiddenMeetings = scope.HiddenMeetings });
            var missing = await store.Search.SearchAsync(new SearchRequest("zebra") { Series = "nosuchseries", VisibleSeries = scope.Series, HiddenMeetings = scope.HiddenMeetings });
            Assert.False(hidden.Succeeded);
            Assert.Equal(missing.Message!.Replace("nosuchseries", "X", StringComparison.Ordinal), hidden.Message!.Replace("money", "X", StringComparison.Ordinal));
        }
    }

    private static Viewer ViewerFor(string role, int team = Team, int otherTeam = OtherTeam) => role switch
    {
        "anonymous" => Viewer.Anonymous,
        "guest" => Viewer.ForAccount(1, "Gail", new Dictionary<int, TeamRole> { [team] = TeamRole.Guest }),
        "member" => Viewer.ForAccount(2, "Mo", new Dictionary<int, TeamRole> { [team] = TeamRole.Member }),
        "owner" => Viewer.ForAccount(3, "Olu", new Dictionary<int, TeamRole> { [team] = TeamRole.Owner }),
        "other-team-owner" => Viewer.ForAccount(4, "Xi", new Dictionary<int, TeamRole> { [otherTeam] = TeamRole.Owner }),
        "member-read-token" => Viewer.ForToken(2, "Mo", team, TeamRole.Member, TokenScope.Read),
        "owner-write-token" => Viewer.ForToken(3, "Olu", team, TeamRole.Owner, TokenScope.Write),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    private static async Task<(int Team, int OtherTeam)> SeedAsync(TestStore store)
    {
        await using (var db = store.Provider.CreateContext())
        {
            db.Teams.AddRange(new Team("coop", "The Co-op"), new Team("elsewhere", "Elsewhere"));
            await db.SaveChangesAsync();
        }

        async Task ImportAsync(string series, string file, string text)
        {
            var import = await store.Importer.ImportAsync(new ImportRequest(file, System.Text.Encoding.UTF8.GetBytes(text)) { Team = "coop", Series = series });
            Assert.Null(import.Error);
        }

        await ImportAsync("open", "/n/open.md", "# Open weekly 2024-03-07\n\n- the zebra crossing\n\n# Open weekly 2024-03-14\n\n- a private zebra matter\n");
        await ImportAsync("board", "/n/board.md", "# Board 2024-03-08\n\n- zebra budget\n");
        await ImportAsync("money", "/n/money.md", "# Money 2024-03-09\n\n- zebra salaries\n");

        await using var context = store.Provider.CreateContext();
        (await context.Series.SingleAsync(s => s.Slug == "board")).ChangeAccess(AccessLevel.Indexed);
        (await context.Series.SingleAsync(s => s.Slug == "money")).ChangeAccess(AccessLevel.Private);
        (await context.Meetings.SingleAsync(m => m.Title == "Open weekly 2024-03-14")).ChangeAccess(AccessLevel.Private);
        await context.SaveChangesAsync();
        var teams = await context.Teams.ToDictionaryAsync(t => t.Slug, t => t.Id);
        return (teams["coop"], teams["elsewhere"]);
    }
}
