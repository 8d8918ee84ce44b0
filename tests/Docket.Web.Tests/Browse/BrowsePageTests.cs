using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;

namespace Docket.Web.Tests.Browse;

public sealed partial class BrowsePageTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task SeriesPage_Public_ChartsAreWellFormedSvgWithTitleDescAndHiddenTable()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor("anonymous");

        var html = await PageAsync(client, "/t/acme/s/open-weekly");
        var charts = SvgElement().Matches(html).Select(m => XDocument.Parse(m.Value)).ToList();

        Assert.Equal(2, charts.Count);
        foreach (var chart in charts)
        {
            var root = chart.Root!;
            Assert.Equal(Svg + "svg", root.Name);
            Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "desc")?.Value));
            Assert.Null(root.Descendants().FirstOrDefault(e => e.Attribute("style") is not null));
        }

        // Two meetings: at the first, one open (alice) and one closed (bob); at the second, carol's item is open too.
        Assert.Equal(2, charts[0].Root!.Descendants(Svg + "polyline").Count());
        Assert.Equal(2, charts[1].Root!.Descendants(Svg + "rect").Count());
        var table = HiddenTable().Match(html);
        Assert.True(table.Success);
        Assert.Contains("<th scope=\"row\">2026-11-05</th><td>1</td><td>1</td><td>3</td>", table.Value, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2026-11-12</th><td>2</td><td>1</td><td>2</td>", table.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("stranger")]
    [InlineData("guest")]
    public async Task SeriesPage_Private_Outsider_Gets404LikeAMissingSeries(string role)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor(role);

        var hidden = await client.GetAsync(new Uri("/t/acme/s/secret-sync", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/t/acme/s/no-such-series", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        var body = await hidden.Content.ReadAsStringAsync();
        Assert.Equal(WithoutTokens(await missing.Content.ReadAsStringAsync()), WithoutTokens(body));
        Assert.DoesNotContain("zebracorp", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SeriesPage_Private_MemberReadsEverything()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor("member");

        var html = await PageAsync(client, "/t/acme/s/secret-sync");

        Assert.Contains("Acquire zebracorp quietly", html, StringComparison.Ordinal);
        Assert.Contains("prepare the zebracorp term sheet", html, StringComparison.Ordinal);
        Assert.Matches("<h3>\\s*<a href=\"/t/acme/people/\\d+\">Mallory</a>\\s*</h3>", html);
    }

    [Theory]
    // Outsiders see the indexed meeting's date and a link, but none of its content.
    [InlineData("anonymous", false)]
    [InlineData("guest", true)]
    public async Task SeriesPage_Indexed_ContentOnlyForTheTeam(string role, bool readsContent)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor(role);

        var html = await PageAsync(client, "/t/acme/s/indexed-sync");

        Assert.Matches("<a href=\"/meetings/\\d+\">", html);
        Assert.Contains("2026-11-04", html, StringComparison.Ordinal);
        Assert.Equal(readsContent, html.Contains("Rename the pangolin module", StringComparison.Ordinal));
        Assert.Equal(readsContent, html.Contains("write the pangolin migration guide", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamHome_Member_ShowsMyOpenActionsWithAgeAndAllDecisions()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor("member");

        var html = await PageAsync(client, "/t/acme");

        var mine = MySection().Match(html);
        Assert.True(mine.Success);
        // The member's display name "Alice" is the notes' alice; carol's item is not hers.
        Assert.Contains("draft the release notes", mine.Value, StringComparison.Ordinal);
        Assert.Contains("open 18 days", mine.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("book the venue", mine.Value, StringComparison.Ordinal);
        Assert.Contains("Acquire zebracorp quietly", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("stranger")]
    public async Task TeamHome_Outsider_SeesPublicOnly(string role)
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var client = world.ClientFor(role);

        var html = await PageAsync(client, "/t/acme");

        Assert.Contains("Adopt the blue logo", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/t/acme/s/indexed-sync\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zebracorp", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pangolin", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TeamHome_PlannedSeries_ShowsNextMeetingInEachMembersZone()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        await world.PlanAsync();
        using var client = world.ClientFor("anonymous");

        var html = await PageAsync(client, "/t/acme");

        Assert.Contains("Thu 26 Nov 2026, 11:00", html, StringComparison.Ordinal);
        Assert.Matches("<td>Kenji</td>\\s*<td><time datetime=\"2026-11-27T04:00:00(\\+|&#x2B;)09:00\">04:00</time> \\(next day\\)</td>", html);
        Assert.Matches("<td>Alice</td>\\s*<td><time datetime=\"2026-11-26T20:00:00(\\+|&#x2B;)01:00\">20:00</time></td>", html);
    }

    [Fact]
    public async Task TeamHome_UnknownTeam_Is404()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        using var client = server.Client();

        var response = await client.GetAsync(new Uri("/t/nobody-here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PersonPage_PrivateOnlyPerson_404ForOutsidersAndStandupsForMembers()
    {
        await using var server = await TestServer.StartAsync(TestStore.Sqlite);
        var world = await BrowseWorld.SeedAsync(server);
        using var member = world.ClientFor("member");
        using var anonymous = world.ClientFor("anonymous");
        var people = await BrowseApiTests.GetJsonAsync(member, "/api/v1/teams/acme/people");
        var mallory = people.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Mallory").GetProperty("id").GetInt32();

        var hidden = await anonymous.GetAsync(new Uri($"/t/acme/people/{mallory}", UriKind.Relative));
        var html = await PageAsync(member, $"/t/acme/people/{mallory}");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Matches("<h4>Blocked</h4>\\s*<ul>\\s*<li>zebracorp lawyers</li>\\s*</ul>", html);
        Assert.Contains("prepare the zebracorp term sheet", html, StringComparison.Ordinal);
        // The same person under another team's address does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(new Uri($"/t/other/people/{mallory}", UriKind.Relative))).StatusCode);
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        return body;
    }

    /// <summary>The page less its per-response antiforgery tokens.</summary>
    private static string WithoutTokens(string html) => AntiforgeryValue().Replace(html, "");

    [GeneratedRegex("(\"X-CSRF-Token\": \"|&quot;X-CSRF-Token&quot;: &quot;|value=\")[^\"&]*")]
    private static partial Regex AntiforgeryValue();

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex SvgElement();

    [GeneratedRegex("<table class=\"visually-hidden\">[\\s\\S]*?</table>")]
    private static partial Regex HiddenTable();

    [GeneratedRegex("<section class=\"panel\" aria-labelledby=\"mine-heading\">[\\s\\S]*?</section>")]
    private static partial Regex MySection();
}
