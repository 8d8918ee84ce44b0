using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;
using static Docket.Web.Tests.Meetings.MeetingWorld;

namespace Docket.Web.Tests.Meetings;

public sealed class MeetingApiTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetMeeting_Readable_IsTheNotesJsonWithIdsAndAStrongETag(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Public);
        using var anonymous = server.Client();

        var response = await anonymous.GetAsync(Url($"/api/v1/meetings/{world.MeetingId}"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.ETag!.IsWeak);
        var root = json.RootElement;
        Assert.Equal("docket.notes/v1", root.GetProperty("schema").GetString());
        Assert.Equal(FilePath, root.GetProperty("source").GetString());
        var meeting = root.GetProperty("meetings")[0];
        Assert.Equal(world.MeetingId, meeting.GetProperty("id").GetInt32());
        Assert.Equal("2024-03-07", meeting.GetProperty("date").GetString());
        Assert.Equal("Move CI off Travis to GitHub Actions", meeting.GetProperty("decisions")[0].GetProperty("text").GetString());
        var action = meeting.GetProperty("actions")[0];
        Assert.Equal("carol to set up the new runners", action.GetProperty("text").GetString());
        Assert.Equal("open", action.GetProperty("status").GetString());
        Assert.True(action.GetProperty("id").GetInt32() > 0);

        // The same ETag again: not modified.
        using var again = new HttpRequestMessage(HttpMethod.Get, Url($"/api/v1/meetings/{world.MeetingId}"));
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetMeeting_PrivateForOutsiders_Is404LikeAMissingId(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Private);
        using var outsider = server.TokenClient(world.OutsiderWrite);
        using var anonymous = server.Client();

        foreach (var client in new[] { outsider, anonymous })
        {
            foreach (var path in new[] { "", "/notes", "/agenda", "/decisions" })
            {
                var (status, body) = await GetAsync(client, $"/api/v1/meetings/{world.MeetingId}{path}");
                var (missingStatus, missingBody) = await GetAsync(client, $"/api/v1/meetings/987654{path}");
                Assert.Equal(HttpStatusCode.NotFound, status);
                Assert.Equal(missingStatus, status);
                Assert.Equal(Shape(missingBody, "987654"), Shape(body, world.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetMeeting_Indexed_GuestGetsContentAnonymousGetsTitleOnly(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Indexed);
        using var guest = server.TokenClient(world.GuestRead);
        using var anonymous = server.Client();

        using var forGuest = JsonDocument.Parse(await guest.GetStringAsync(Url($"/api/v1/meetings/{world.MeetingId}")));
        using var forAnonymous = JsonDocument.Parse(await anonymous.GetStringAsync(Url($"/api/v1/meetings/{world.MeetingId}")));
        var decisions = await anonymous.GetAsync(Url($"/api/v1/meetings/{world.MeetingId}/decisions"));

        Assert.Equal(1, forGuest.RootElement.GetProperty("meetings")[0].GetProperty("decisions").GetArrayLength());
        var seen = forAnonymous.RootElement.GetProperty("meetings")[0];
        Assert.Equal("Infra weekly 2024-03-07", seen.GetProperty("title").GetString());
        Assert.False(seen.GetProperty("readable").GetBoolean());
        Assert.Equal(0, seen.GetProperty("decisions").GetArrayLength());
        Assert.Equal(0, seen.GetProperty("actions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, forAnonymous.RootElement.GetProperty("source").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, decisions.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PatchAction_IfMatchFlow_Answers428Then412Then200(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Public);
        var actionId = await server.ActionIdAsync(world.MeetingId, "carol to set up the new runners");
        using var member = server.TokenClient(world.MemberWrite);
        var read = await member.GetAsync(Url($"/api/v1/actions/{actionId}"));
        var etag = read.Headers.ETag!;

        var missing = await member.SendAsync(Patch(actionId, "done", null));
        var stale = await member.SendAsync(Patch(actionId, "done", "\"0123456789abcdef0123456789abcdef\""));
        var done = await member.SendAsync(Patch(actionId, "done", etag.Tag));
        var replay = await member.SendAsync(Patch(actionId, "open", etag.Tag));

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("done", (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.NotEqual(etag, done.Headers.ETag);
        // The first ETag is stale now: a second writer who read before cannot undo the tick-off unseen.
        Assert.Equal(HttpStatusCode.PreconditionFailed, replay.StatusCode);
        Assert.Equal(ActionStatus.Done, await server.ActionStatusAsync(actionId));
    }

    [Theory]
    // Nobody signed in: 401.
    [InlineData(null, HttpStatusCode.Unauthorized)]
    // A member's read-only token: 403.
    [InlineData("member-read", HttpStatusCode.Forbidden)]
    // A guest, even with a token: 403.
    [InlineData("guest-read", HttpStatusCode.Forbidden)]
    public async Task Writes_WithoutTheRightToWrite_AreRefused(string? who, HttpStatusCode expected)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await CreateAsync(server, AccessLevel.Public);
        var actionId = await server.ActionIdAsync(world.MeetingId, "carol to set up the new runners");
        using var client = who switch
        {
            "member-read" => server.TokenClient(world.MemberRead),
            "guest-read" => server.TokenClient(world.GuestRead),
            _ => server.Client(),
        };

        var patch = await client.SendAsync(Patch(actionId, "done", "*"));
        var topic = await client.PostAsJsonAsync(Url("/api/v1/teams/infra/series/weekly/topics"), new { title = "Runner costs" });
        var next = await client.PostAsync(Url("/api/v1/teams/infra/series/weekly/next"), null);
        using var put = new HttpRequestMessage(HttpMethod.Put, Url($"/api/v1/meetings/{world.MeetingId}/notes")) { Content = JsonContent.Create(new { notes = "x" }) };
        put.Headers.TryAddWithoutValidation("If-Match", "*");
        var notes = await client.SendAsync(put);

        Assert.Equal(expected, patch.StatusCode);
        Assert.Equal(expected, topic.StatusCode);
        Assert.Equal(expected, next.StatusCode);
        Assert.Equal(expected, notes.StatusCode);
        Assert.Equal(ActionStatus.Open, await server.ActionStatusAsync(actionId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PutNotes_WebMeeting_IfMatchFlowAndExtraction(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Public, MeetingPageTests.WeekTwo, MeetingPageTests.WebPath);
        using var member = server.TokenClient(world.MemberWrite);
        var read = await member.GetAsync(Url($"/api/v1/meetings/{world.MeetingId}/notes"));
        var body = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("editable").GetBoolean());
        var etag = read.Headers.ETag!.Tag.ToString();
        var text = body.GetProperty("notes").GetString() + "\n- [DECISION] Adopt Renovate\n- [ ] dave to enable Renovate\n";

        var missing = await member.SendAsync(PutNotes(world.MeetingId, text, null));
        var stale = await member.SendAsync(PutNotes(world.MeetingId, text, "\"0123456789abcdef0123456789abcdef\""));
        var saved = await member.SendAsync(PutNotes(world.MeetingId, text, etag));
        var replay = await member.SendAsync(PutNotes(world.MeetingId, "# Infra weekly 2024-03-14\n", etag));

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, replay.StatusCode);
        var decisions = await member.GetFromJsonAsync<JsonElement>(Url($"/api/v1/meetings/{world.MeetingId}/decisions"));
        Assert.Contains(decisions.EnumerateArray(), d => d.GetProperty("text").GetString() == "Adopt Renovate");
        using var meeting = JsonDocument.Parse(await member.GetStringAsync(Url($"/api/v1/meetings/{world.MeetingId}")));
        Assert.Contains(meeting.RootElement.GetProperty("meetings")[0].GetProperty("actions").EnumerateArray(),
            a => a.GetProperty("text").GetString() == "dave to enable Renovate" && a.GetProperty("assignees")[0].GetString() == "dave");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PutNotes_MeetingFromAFile_Is409(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Public);
        using var member = server.TokenClient(world.MemberWrite);
        var read = await member.GetAsync(Url($"/api/v1/meetings/{world.MeetingId}/notes"));

        var put = await member.SendAsync(PutNotes(world.MeetingId, "# Infra weekly 2024-03-07\n", read.Headers.ETag!.Tag.ToString()));

        Assert.False((await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("editable").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
        var (_, page) = await GetAsync(member, $"/meetings/{world.MeetingId}");
        Assert.Contains("Move CI off Travis", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task NextMeeting_ProposeMakeAndStartNotes_WithinTheTeam(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Public);
        // The same series name in another team: the web must pick the one of the team in the URL.
        await server.SeedPlannedSeriesAsync("infra", "Infra sync", "weekly on Thursday 11:00 UTC");
        await server.SeedPlannedSeriesAsync("other", "Infra sync", "weekly on Monday 09:00 UTC");
        using var member = server.TokenClient(world.MemberWrite);

        var proposed = await member.PostAsJsonAsync(Url("/api/v1/teams/infra/series/infra-sync/topics"), new { title = "Runner costs", minutes = 10 });
        var made = await member.PostAsync(Url("/api/v1/teams/infra/series/infra-sync/next"), null);
        var again = await member.PostAsync(Url("/api/v1/teams/infra/series/infra-sync/next"), null);
        var (status, page) = await GetAsync(member, "/t/infra/s/infra-sync/next");
        var (otherStatus, otherPage) = await GetAsync(member, "/t/other/s/infra-sync/next");

        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        Assert.Equal("Carol", (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("proposer").GetString());
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var next = await made.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Runner costs", next.GetProperty("agenda").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Runner costs", page, StringComparison.Ordinal);
        // The other team's series is public too, but its agenda is not this one's.
        Assert.Equal(HttpStatusCode.OK, otherStatus);
        Assert.DoesNotContain("Runner costs", otherPage, StringComparison.Ordinal);

        var token = await TestServer.AntiforgeryTokenAsync(member, "/t/infra/s/infra-sync/next");
        using var start = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var started = await member.PostAsync(Url("/t/infra/s/infra-sync/next?handler=Start"), start);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var editorPath = started.Headers.Location!.OriginalString;
        Assert.Matches("^/meetings/[0-9]+/notes$", editorPath);
        var (editorStatus, editor) = await GetAsync(member, editorPath);
        Assert.Equal(HttpStatusCode.OK, editorStatus);
        Assert.Contains("Save notes", editor, StringComparison.Ordinal);
        Assert.Contains("Runner costs", editor, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ProposeForm_Member_AddsTheTopicAndRedirects(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        var world = await CreateAsync(server, AccessLevel.Private);
        await server.SeedPlannedSeriesAsync("infra", "Infra sync", "weekly on Thursday 11:00 UTC");
        await server.SetAccessAsync("infra", "infra-sync", AccessLevel.Private);
        using var member = server.TokenClient(world.MemberWrite);
        using var outsider = server.TokenClient(world.OutsiderWrite);
        var token = await TestServer.AntiforgeryTokenAsync(member, "/t/infra/s/infra-sync/next");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = "<script>alert(1)</script> Runner costs",
            ["Minutes"] = "15",
            ["Link"] = "",
            ["__RequestVerificationToken"] = token,
        });
        var posted = await member.PostAsync(Url("/t/infra/s/infra-sync/topics"), form);
        var (_, page) = await GetAsync(member, "/t/infra/s/infra-sync/next");
        var (outsiderStatus, _) = await GetAsync(outsider, "/t/infra/s/infra-sync/next");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Runner costs", page, StringComparison.Ordinal);
        Assert.Contains("proposed by Carol", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outsiderStatus);
    }

    private static HttpRequestMessage Patch(int actionId, string status, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, Url($"/api/v1/actions/{actionId}")) { Content = JsonContent.Create(new { status }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private static HttpRequestMessage PutNotes(int meetingId, string notes, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, Url($"/api/v1/meetings/{meetingId}/notes")) { Content = JsonContent.Create(new { notes }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    /// <summary>A problem document with its trace id and the asked-for id blanked: what must not tell a private meeting from a missing one.</summary>
    private static string Shape(string body, string id) =>
        System.Text.RegularExpressions.Regex.Replace(body, "\"traceId\":\"[^\"]*\"", "")
            .Replace("meeting " + id + " ", "meeting ID ", StringComparison.Ordinal)
            .Replace("/meetings/" + id, "/meetings/ID", StringComparison.Ordinal);
}
