using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;
using Docket.Store.Model;
using Docket.Store.Tests.Fixtures;
using Docket.Web.Tests.Fixtures;
using Calendar = Ical.Net.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Tests.Security;

/// <summary>The XSS vectors and hostile characters as users would store them, read back through the search page and both feeds.</summary>
public sealed class HostileContentTests
{
    private const string Marker = "hostilemark";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static TheoryData<string> Providers => TestStore.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SearchPageAndAtom_NotesFullOfXssVectors_RenderInert(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("oss", "Open Source");
        await server.ImportAsync("oss", "weekly", "/notes/hostile.md", HostileNotes());
        using var client = server.Client();

        var hits = 0;
        for (var page = 1; page <= 10; page++)
        {
            var html = await client.GetStringAsync(new Uri($"/search?q={Marker}&page={page}", UriKind.Relative));
            Assert.Empty(HtmlChecks.Problems(html, wholePage: true));
            hits += HtmlChecks.Select(html, "li.hit").Count();
        }

        // The vectors were found (as text), so the check above looked at them.
        Assert.True(hits >= 100, $"only {hits} hits");
        var atom = XDocument.Parse(await client.GetStringAsync(new Uri("/t/oss/minutes.atom", UriKind.Relative)));
        var entries = atom.Root!.Elements(Atom + "entry").ToList();
        await using (var db = server.Store.CreateContext())
        {
            // Some vectors make headings the reader does not split on; every meeting there is must be in the feed.
            var meetings = await db.Meetings.CountAsync(m => m.Date != null);
            Assert.True(meetings >= 40, $"only {meetings} meetings");
            Assert.Equal(Math.Min(meetings, 50), entries.Count);
        }

        Assert.All(entries, e => Assert.Empty(HtmlChecks.Problems(e.Element(Atom + "content")!.Value)));
        // Titles are text: whatever they spell stays text in the feed (XDocument decoded it).
        Assert.Contains(entries, e => e.Element(Atom + "title")!.Value.Contains("<script>", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Feeds_HostileTitle_StillParse(string provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await server.SeedTeamAsync("oss", "Open Source");
        var slug = await server.SeedPlannedSeriesAsync("oss", "Infra sync", AccessLevel.Public);
        // Control characters (XmlWriter throws on them), a CDATA end, a script tag, a line break (forges iCal lines).
        const string hostile = "Evil \u0001\u0008\u001b ]]> <script>alert(1)</script>\r\nX-FORGED:1 end";
        await server.ImportAsync("oss", slug, "/notes/infra.md", $"# {hostile} 2024-03-07\n\n## Notes\n- line with \u0002 and ]]> and <script>alert(2)</script>\n");
        await using (var db = server.Store.CreateContext())
        {
            var series = await db.Series.SingleAsync(s => s.Slug == slug);
            // A lone surrogate cannot survive a UTF-8 database, but a name can reach the writers from elsewhere; SQLite keeps what it gets.
            series.Rename(provider == TestStore.Sqlite ? hostile + " \uD800" : hostile);
            await db.SaveChangesAsync();
        }

        using var client = server.Client();

        var atomResponse = await client.GetAsync(new Uri("/t/oss/minutes.atom", UriKind.Relative));
        var icsResponse = await client.GetAsync(new Uri($"/t/oss/s/{slug}/calendar.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, atomResponse.StatusCode);
        var atom = XDocument.Parse(await atomResponse.Content.ReadAsStringAsync());
        var entry = atom.Root!.Elements(Atom + "entry").Single();
        Assert.Contains("Evil", entry.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("]]>", entry.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Empty(HtmlChecks.Problems(entry.Element(Atom + "content")!.Value));
        Assert.Equal(HttpStatusCode.OK, icsResponse.StatusCode);
        var ics = await icsResponse.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(ics)!;
        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.StartsWith("Evil", e.Summary, StringComparison.Ordinal));
        Assert.DoesNotContain("\nX-FORGED", ics, StringComparison.Ordinal);
        Assert.DoesNotContain(ics, c => char.IsControl(c) && c is not '\r' and not '\n');
    }

    /// <summary>One meeting per vector, with the vector as its title, an attendee's name, a topic and a line of text.</summary>
    private static string HostileNotes()
    {
        var notes = new StringBuilder();
        var day = new DateOnly(2023, 1, 2);
        foreach (var (_, input) in XssVectors.All)
        {
            var line = input.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\0", " ", StringComparison.Ordinal);
            notes.Append(CultureInfo.InvariantCulture, $"# {line} {day:yyyy-MM-dd}\n\n");
            notes.Append(CultureInfo.InvariantCulture, $"Attending: {line}, carol\n\n");
            notes.Append(CultureInfo.InvariantCulture, $"## {line}\n\n");
            notes.Append(CultureInfo.InvariantCulture, $"- [DECISION] {line} {Marker}\n");
            notes.Append(CultureInfo.InvariantCulture, $"- {Marker} said: {input.Replace("\0", " ", StringComparison.Ordinal).Replace("\n", "\n  ", StringComparison.Ordinal)}\n\n");
            day = day.AddDays(1);
        }

        return notes.ToString();
    }
}
