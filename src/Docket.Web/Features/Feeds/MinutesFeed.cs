using System.Globalization;
using System.Text;
using System.Xml;
using Docket.Store.Access;
using Docket.Store.Storage;
using Docket.Web.Rendering;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Docket.Web.Features.Feeds;

/// <summary>
/// A team's minutes as Atom 1.0: the meetings the viewer may read, newest first, each with its notes
/// rendered by <see cref="SafeMarkdown"/>. Every text is cleaned for XML before it is written, and
/// <see cref="XmlWriter"/> does the escaping.
/// </summary>
public sealed class MinutesFeed(DocketDbContext db, IClock clock)
{
    /// <summary>Feed readers want the recent minutes, not the archive.</summary>
    public const int MaxEntries = 50;

    private static readonly InstantPattern Rfc3339 = InstantPattern.ExtendedIso;

    /// <summary>The feed's UTF-8 bytes, or null when there is no such team.</summary>
    public async Task<byte[]?> WriteAsync(string teamSlug, Viewer viewer, Uri site, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var team = await db.Teams.AsNoTracking().Where(t => t.Slug == teamSlug).Select(t => new { t.Id, t.Slug, t.Name }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (team is null)
        {
            return null;
        }

        var meetings = await db.Meetings.AsNoTracking().Readable(viewer)
            .Where(m => m.Series.TeamId == team.Id && m.Date != null)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Take(MaxEntries)
            .Select(m => new { m.Id, m.Title, m.Date, m.StartsAt, m.Notes, SeriesSlug = m.Series.Slug, SeriesName = m.Series.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var updated = meetings.Count == 0 ? clock.GetCurrentInstant() : meetings.Max(m => Updated(m.Date!.Value, m.StartsAt));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteElementString("title", atom, FeedText.Clean(team.Name + " minutes"));
            xml.WriteElementString("id", atom, new Uri(site, $"t/{Uri.EscapeDataString(team.Slug)}/minutes.atom").AbsoluteUri);
            xml.WriteElementString("updated", atom, Rfc3339.Format(updated));
            Link(xml, atom, "self", new Uri(site, $"t/{Uri.EscapeDataString(team.Slug)}/minutes.atom"), "application/atom+xml");
            Link(xml, atom, "alternate", new Uri(site, $"t/{Uri.EscapeDataString(team.Slug)}"), "text/html");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, FeedText.Clean(team.Name));
            xml.WriteEndElement();
            xml.WriteElementString("generator", atom, "Docket");

            foreach (var meeting in meetings)
            {
                var date = meeting.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var link = new Uri(site, "meetings/" + meeting.Id.ToString(CultureInfo.InvariantCulture));
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, FeedText.Clean(string.IsNullOrWhiteSpace(meeting.Title) ? $"{meeting.SeriesName} {date}" : $"{meeting.Title} ({date})"));
                xml.WriteElementString("id", atom, link.AbsoluteUri);
                xml.WriteElementString("updated", atom, Rfc3339.Format(Updated(meeting.Date.Value, meeting.StartsAt)));
                Link(xml, atom, "alternate", link, "text/html");
                xml.WriteStartElement("category", atom);
                xml.WriteAttributeString("term", FeedText.Clean(meeting.SeriesSlug));
                xml.WriteAttributeString("label", FeedText.Clean(meeting.SeriesName));
                xml.WriteEndElement();
                xml.WriteStartElement("content", atom);
                xml.WriteAttributeString("type", "html");
                // Cleaned before rendering too: the sanitizer keeps what it is given of text.
                xml.WriteString(FeedText.Clean(SafeMarkdown.ToHtml(FeedText.Clean(meeting.Notes))));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static Instant Updated(LocalDate date, Instant? startsAt) => startsAt ?? date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    private static void Link(XmlWriter xml, string atom, string rel, Uri href, string type)
    {
        xml.WriteStartElement("link", atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }
}
