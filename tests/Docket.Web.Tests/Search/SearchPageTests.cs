using System.Net;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;
using Docket.Web.Tests.Security;

namespace Docket.Web.Tests.Search;

public sealed class SearchPageTests
{
    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Page_Anonymous_ShowsPublicHitsWithMarksAndLinks(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await SearchSeed.SeedAsync(server);
        using var client = server.Client();
        var meeting = await server.MeetingIdAsync("oss", "weekly");

        var response = await client.GetAsync(new Uri("/search?q=zanzibar", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(HtmlChecks.Select(html, "h1"));
        Assert.Equal(2, HtmlChecks.Select(html, "li.hit").Count());
        Assert.Contains(HtmlChecks.Select(html, "li.hit mark"), m => m.TextContent.Equals("zanzibar", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(HtmlChecks.Select(html, "li.hit a"), a => a.GetAttribute("href") == $"/meetings/{meeting}");
        Assert.Contains("2024-03-07", html, StringComparison.Ordinal);
        Assert.Contains("/notes/weekly.md:", html, StringComparison.Ordinal);
        // Corp's private meeting mentions zanzibar too: not in the list, not in the count.
        Assert.DoesNotContain("also mentioned", html, StringComparison.Ordinal);
        Assert.Contains("2 results", html, StringComparison.Ordinal);
        Assert.Empty(HtmlChecks.Problems(html, wholePage: true));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Page_EveryInput_HasALabel(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        using var client = server.Client();

        var html = await client.GetStringAsync(new Uri("/search", UriKind.Relative));

        var form = HtmlChecks.Select(html, "form.search-form").Single();
        var labelled = HtmlChecks.Select(html, "label[for]").Select(l => l.GetAttribute("for")).ToHashSet();
        var fields = form.QuerySelectorAll("input, select").ToList();
        Assert.Equal(6, fields.Count);
        Assert.All(fields, f => Assert.Contains(f.Id, labelled));
        Assert.Equal("/search/results", form.GetAttribute("hx-get"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.GetAttribute("hx-push-url"));
        Assert.Contains("delay:", form.GetAttribute("hx-trigger"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Page_SeriesSelect_ListsOnlyReadableSeries(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await SearchSeed.SeedAsync(server);
        var member = await server.SeedAccountAsync("member@example.org", "Member");
        await server.SeedMembershipAsync("oss", member, TeamRole.Member);
        using var anonymous = server.Client();
        using var memberClient = server.TokenClient(await server.SeedTokenAsync("oss", member, TokenScope.Read));

        var forAnonymous = Options(await anonymous.GetStringAsync(new Uri("/search", UriKind.Relative)));
        var forMember = Options(await memberClient.GetStringAsync(new Uri("/search", UriKind.Relative)));

        Assert.Equal(["weekly"], forAnonymous);
        Assert.Equal(["board", "security", "weekly"], forMember.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Fragment_Htmx_ReturnsOnlyTheResultsAndThePageAddress(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await SearchSeed.SeedAsync(server);
        using var client = server.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/search/results?q=zanzibar&kind=decision&series=");
        request.Headers.Add("HX-Request", "true");

        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(HtmlChecks.Select(html, "li.hit"));
        Assert.Equal("/search?q=zanzibar&kind=decision", response.Headers.GetValues("HX-Push-Url").Single());
    }

    [Theory]
    // An unclosed quote.
    [InlineData("q=%22unbalanced", "Cannot search")]
    // A kind that does not exist, as a filter.
    [InlineData("q=x&kind=poem", "unknown kind")]
    // Dates the wrong way round.
    [InlineData("q=x&since=2024-05-01&until=2024-01-01", "is after")]
    // Another team's private series reads like a missing one.
    [InlineData("q=x&series=exec", "there is no series")]
    public async Task Page_BadQuery_ShowsAFriendlyMessage(string query, string message)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        await SearchSeed.SeedAsync(server);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri("/search?" + query, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = HtmlChecks.Select(html, "[role=alert]").Single();
        Assert.Contains(message, alert.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Page_ManyHits_PagesThroughThem(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("oss", "Open Source");
        var lines = string.Join("\n\n\n", Enumerable.Range(1, 25).Select(i => $"- kiwi item number {i}"));   // two blank lines apart: 25 passages
        await server.ImportAsync("oss", "weekly", "/notes/many.md", "# Weekly 2024-03-07\n\n## Notes\n" + lines + "\n");
        using var client = server.Client();

        var first = await client.GetStringAsync(new Uri("/search?q=kiwi", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/search?q=kiwi&page=2", UriKind.Relative));

        Assert.Equal(20, HtmlChecks.Select(first, "li.hit").Count());
        Assert.Equal(5, HtmlChecks.Select(second, "li.hit").Count());
        Assert.Contains(HtmlChecks.Select(first, "a[rel=next]"), a => a.GetAttribute("href") == "/search?q=kiwi&page=2");
        Assert.Contains(HtmlChecks.Select(second, "a[rel=prev]"), a => a.GetAttribute("href") == "/search?q=kiwi");
        Assert.Empty(HtmlChecks.Select(second, "a[rel=next]"));
    }

    private static List<string> Options(string html) =>
        HtmlChecks.Select(html, "#search-series option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0).ToList();
}
