using System.Net;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;
using static Docket.Web.Tests.Meetings.MeetingWorld;

namespace Docket.Web.Tests.Meetings;

public sealed class MeetingPageTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MeetingPage_PublicMeeting_ShowsDecisionsActionsAttendanceAndSourceLines(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Public);
        using var anonymous = server.Client();

        var (status, html) = await GetAsync(anonymous, $"/meetings/{world.MeetingId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Infra weekly 2024-03-07</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Move CI off Travis to GitHub Actions", html, StringComparison.Ordinal);
        Assert.Contains("carol to set up the new runners", html, StringComparison.Ordinal);
        Assert.Contains(">dave</a>", html, StringComparison.Ordinal);
        Assert.Contains(FilePath + ":", html, StringComparison.Ordinal);
        Assert.DoesNotContain("file://", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/infra/s/weekly\"", html, StringComparison.Ordinal);
        // Anonymous readers see the items but get no tick-off control.
        Assert.DoesNotContain("/status\"", html, StringComparison.Ordinal);
    }

    [Theory]
    // A script element in the notes must not reach the page as markup.
    [InlineData("<script>alert(1)</script>", "<script>alert")]
    // A javascript: link keeps its words but loses its target.
    [InlineData("[click](javascript:alert(1))", "javascript:")]
    // An HTML element with an event handler.
    [InlineData("<img src=x onerror=alert(1)>", "<img src=x")]
    // Inline SVG can carry script and handlers of its own.
    [InlineData("<svg onload=alert(1)><circle r=1/></svg>", "<svg")]
    // A data: URL as a link or image target can hold a whole document.
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ![y](data:image/svg+xml;base64,PHN2Zz4=)", "data:")]
    // An autolink with a script scheme.
    [InlineData("<javascript:alert(1)>", "href=\"javascript")]
    public async Task MeetingPage_HostileNotes_RenderInert(string hostile, string mustNotAppear)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var notes = WeekOne + "\n\n## Notes\n\n" + hostile + "\n\nSome words after it.\n";
        var world = await CreateAsync(server, AccessLevel.Public, notes);
        using var anonymous = server.Client();

        var (status, html) = await GetAsync(anonymous, $"/meetings/{world.MeetingId}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Some words after it.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(mustNotAppear, html, StringComparison.OrdinalIgnoreCase);
        // Whatever the input, no element of the page carries an event handler (escaped text may mention one).
        Assert.DoesNotMatch(@"<[a-zA-Z][^<>]*\son[a-z]+\s*=", html);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MeetingPage_PrivateMeetingForOutsiders_Is404IdenticalToMissingId(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Private);
        using var anonymous = server.Client();
        using var outsider = server.TokenClient(world.OutsiderWrite);
        using var member = server.TokenClient(world.MemberRead);

        foreach (var client in new[] { anonymous, outsider })
        {
            var (status, html) = await GetAsync(client, $"/meetings/{world.MeetingId}");
            var (missingStatus, missingHtml) = await GetAsync(client, "/meetings/987654");
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Equal(missingStatus, status);
            Assert.Equal(WithoutTokens(missingHtml), WithoutTokens(html));
            Assert.DoesNotContain("Infra weekly", html, StringComparison.Ordinal);
        }

        var (memberStatus, memberHtml) = await GetAsync(member, $"/meetings/{world.MeetingId}");
        Assert.Equal(HttpStatusCode.OK, memberStatus);
        Assert.Contains("Move CI off Travis", memberHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MeetingPage_IndexedMeeting_GuestReadsContentAnonymousSeesTitleOnly(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Indexed);
        using var anonymous = server.Client();
        using var guest = server.TokenClient(world.GuestRead);

        var (guestStatus, guestHtml) = await GetAsync(guest, $"/meetings/{world.MeetingId}");
        var (anonymousStatus, anonymousHtml) = await GetAsync(anonymous, $"/meetings/{world.MeetingId}");

        Assert.Equal(HttpStatusCode.OK, guestStatus);
        Assert.Contains("Move CI off Travis", guestHtml, StringComparison.Ordinal);
        // A guest reads but does not tick off.
        Assert.DoesNotContain("Mark done", guestHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, anonymousStatus);
        Assert.Contains("Infra weekly 2024-03-07", anonymousHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/infra/s/weekly\"", anonymousHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Move CI off Travis", anonymousHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("carol to set up", anonymousHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(FilePath, anonymousHtml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TickOff_FormPostAndHtmx_ChangeTheActionsStatus(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Public);
        var actionId = await server.ActionIdAsync(world.MeetingId, "carol to set up the new runners");
        using var member = server.TokenClient(world.MemberWrite);
        var token = await TestServer.AntiforgeryTokenAsync(member, $"/meetings/{world.MeetingId}");

        // Without JS: a plain form post, answered with a redirect back to the meeting.
        using var plain = Form(token, "done", world.MeetingId);
        var posted = await member.PostAsync(Url($"/actions/{actionId}/status"), plain);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith($"/meetings/{world.MeetingId}", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Done, await server.ActionStatusAsync(actionId));

        // With htmx: the item's own HTML, to swap in place.
        using var request = new HttpRequestMessage(HttpMethod.Post, Url($"/actions/{actionId}/status")) { Content = Form(token, "open", world.MeetingId) };
        request.Headers.Add("HX-Request", "true");
        var swapped = await member.SendAsync(request);
        var fragment = await swapped.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, swapped.StatusCode);
        Assert.StartsWith($"<li class=\"action action-open\" id=\"action-{actionId}\">", fragment.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
        Assert.Equal(ActionStatus.Open, await server.ActionStatusAsync(actionId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task TickOff_GuestOrMissingToken_ChangesNothing(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Public);
        var actionId = await server.ActionIdAsync(world.MeetingId, "carol to set up the new runners");
        using var guest = server.TokenClient(world.GuestRead);
        var token = await HeaderTokenAsync(guest, $"/meetings/{world.MeetingId}");
        using var member = server.TokenClient(world.MemberWrite);

        using var byGuest = new HttpRequestMessage(HttpMethod.Post, Url($"/actions/{actionId}/status")) { Content = Form(token, "done", world.MeetingId) };
        byGuest.Headers.Add("X-CSRF-Token", token);
        var guestAnswer = await guest.SendAsync(byGuest);
        using var noAntiforgery = new FormUrlEncodedContent(new Dictionary<string, string> { ["Status"] = "done" });
        var forgedAnswer = await member.PostAsync(Url($"/actions/{actionId}/status"), noAntiforgery);

        Assert.Equal(HttpStatusCode.Forbidden, guestAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forgedAnswer.StatusCode);
        Assert.Equal(ActionStatus.Open, await server.ActionStatusAsync(actionId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task NotesForm_WebMeeting_SavesAndExtractsDecisionsAndActions(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Private, WeekTwo, WebPath);
        using var member = server.TokenClient(world.MemberWrite);
        var (status, editor) = await GetAsync(member, $"/meetings/{world.MeetingId}/notes");
        Assert.Equal(HttpStatusCode.OK, status);
        var token = await TestServer.AntiforgeryTokenAsync(member, $"/meetings/{world.MeetingId}/notes");
        var version = HiddenVersion(editor);

        using var form = NotesForm(token, version, WeekTwo + "\n- [DECISION] Adopt Renovate for dependencies\n- [ ] dave to enable Renovate\n");
        var saved = await member.PostAsync(Url($"/meetings/{world.MeetingId}/notes"), form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, page) = await GetAsync(member, saved.Headers.Location!.OriginalString);
        Assert.Contains("Adopt Renovate for dependencies", page, StringComparison.Ordinal);
        Assert.Contains("dave to enable Renovate", page, StringComparison.Ordinal);
        Assert.Contains("Edit the notes", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task NotesForm_StaleVersion_IsRefusedAndNothingIsOverwritten(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Public, WeekTwo, WebPath);
        using var member = server.TokenClient(world.MemberWrite);
        var (_, editor) = await GetAsync(member, $"/meetings/{world.MeetingId}/notes");
        var token = await TestServer.AntiforgeryTokenAsync(member, $"/meetings/{world.MeetingId}/notes");
        var version = HiddenVersion(editor);

        // Someone else saves first (a re-import of other text under the same web path).
        await server.ImportAsync("infra", "weekly", WebPath, WeekTwo + "\n- [DECISION] Theirs came first\n");
        using var form = NotesForm(token, version, WeekTwo + "\n- [DECISION] Mine came second\n");
        var refused = await member.PostAsync(Url($"/meetings/{world.MeetingId}/notes"), form);
        var body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("not saved", body, StringComparison.Ordinal);
        Assert.Contains("Mine came second", body, StringComparison.Ordinal);
        var (_, page) = await GetAsync(member, $"/meetings/{world.MeetingId}");
        Assert.Contains("Theirs came first", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Mine came second", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task NotesForm_FileMeeting_IsReadOnlyAndSaysToReimport(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Public);
        using var member = server.TokenClient(world.MemberWrite);

        var (status, page) = await GetAsync(member, $"/meetings/{world.MeetingId}/notes");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("re-import", page, StringComparison.Ordinal);
        Assert.Contains("readonly", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Save notes", page, StringComparison.Ordinal);
    }

    internal const string WebPath = "web/infra/weekly/2024-03-14.md";

    internal const string WeekTwo = """
        # Infra weekly 2024-03-14

        Attending: carol

        ## Notes
        - runners are up
        """;

    private static FormUrlEncodedContent Form(string token, string status, int meetingId) => new(new Dictionary<string, string>
    {
        ["Status"] = status,
        ["Meeting"] = meetingId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["__RequestVerificationToken"] = token,
    });

    private static FormUrlEncodedContent NotesForm(string token, string version, string text) => new(new Dictionary<string, string>
    {
        ["Text"] = text,
        ["Version"] = version,
        ["__RequestVerificationToken"] = token,
    });

    private static string HiddenVersion(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"Version\" value=\"([0-9a-f]+)\"");
        Assert.True(match.Success, "no version field on the notes editor");
        return match.Groups[1].Value;
    }
}
