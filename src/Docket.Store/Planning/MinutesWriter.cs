using System.Globalization;
using System.Text;
using Docket.Store.Model;
using Docket.Store.Storage;
using Ganss.Xss;
using Markdig;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Docket.Store.Planning;

/// <summary>
/// <c>docket minutes</c>: clean minutes of a meeting from its imported notes: attendance, decisions,
/// action items by owner, questions left open, links. HTML is rendered without raw HTML and then
/// sanitised with an allow-list, since notes are written by anyone.
/// </summary>
public sealed class MinutesWriter(StoreProvider provider)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Finds the meeting: an id (<c>42</c>), or a series and a date or <c>latest</c>.</summary>
    public async Task<QueryResult<string>> WriteAsync(string meeting, string? date, bool html, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await using var db = provider.CreateContext();
        int? id = null;
        if (date is null && int.TryParse(meeting, NumberStyles.None, CultureInfo.InvariantCulture, out var typedId))
        {
            id = await db.Meetings.Where(m => m.Id == typedId).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (id is null)
            {
                return QueryResult.Missing<string>($"there is no meeting {typedId.ToString(CultureInfo.InvariantCulture)}");
            }
        }
        else
        {
            var found = await PlanningSeries.ResolveAsync(db, meeting, cancellationToken).ConfigureAwait(false);
            if (!found.Succeeded)
            {
                return new QueryResult<string>(null, found.Problem, found.Message);
            }

            var seriesId = found.Value!.Id;
            var inSeries = db.Meetings.Where(m => m.SeriesId == seriesId);
            if (date is null or "latest")
            {
                id = await inSeries.Where(m => m.Date != null).OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var parsed = LocalDatePattern.Iso.Parse(date);
                if (!parsed.Success)
                {
                    return QueryResult.Bad<string>($"'{date}' is neither a date like 2019-06-13 nor 'latest'");
                }

                var day = parsed.Value;
                id = await inSeries.Where(m => m.Date == day).OrderBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            }

            if (id is null)
            {
                return QueryResult.Missing<string>($"series '{found.Value.Slug}' has no meeting {(date is null or "latest" ? "with a date" : "on " + date)}");
            }
        }

        var markdown = await MarkdownAsync(db, id.Value, cancellationToken).ConfigureAwait(false);
        return QueryResult.Ok(html ? Html(markdown) : markdown);
    }

    /// <summary>Markdown to HTML with no raw HTML, then only an allow-list of tags, attributes and link schemes.</summary>
    public static string Html(string markdown)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[] { "h1", "h2", "h3", "p", "ul", "ol", "li", "a", "strong", "em", "code", "pre", "blockquote", "br" })
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.Add("href");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        return sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
    }

    private static async Task<string> MarkdownAsync(DocketDbContext db, int id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Series)
            .Include(m => m.Attendance).ThenInclude(a => a.Person)
            .Include(m => m.Decisions).Include(m => m.Questions)
            .AsSplitQuery().SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        var actions = await db.ActionMentions.AsNoTracking().Where(m => m.MeetingId == id).OrderBy(m => m.Position)
            .Select(m => new { m.Text, m.Done, m.Dropped, m.ActionItem.Status, Owners = m.ActionItem.Assignees.Select(a => a.Person.Name).ToList() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var text = new StringBuilder();
        var date = meeting.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        text.Append("# ").Append(Inline(meeting.Title ?? meeting.Series.Name)).Append('\n').Append('\n');
        text.Append("**Series:** ").Append(Inline(meeting.Series.Name)).Append("  \n**Date:** ").Append(date).Append('\n');
        Section(text, "Attendance", meeting.Attendance.OrderBy(a => a.Position).Select(a => Inline(a.Person.Name)));
        Section(text, "Decisions", meeting.Decisions.OrderBy(d => d.Position).Select(d => Inline(d.Text)));
        if (actions.Count > 0)
        {
            text.Append("\n## Action items\n");
            foreach (var owner in actions.GroupBy(a => a.Owners.Count == 0 ? "(no owner)" : string.Join(", ", a.Owners)).OrderBy(g => g.Key == "(no owner)").ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
            {
                text.Append("\n### ").Append(Inline(owner.Key)).Append("\n\n");
                foreach (var action in owner)
                {
                    var state = action.Done || action.Status == ActionStatus.Done ? "done" : action.Dropped || action.Status == ActionStatus.Dropped ? "dropped" : "open";
                    text.Append("- ").Append(Inline(action.Text)).Append(" (").Append(state).Append(")\n");
                }
            }
        }

        Section(text, "Questions left open", meeting.Questions.OrderBy(q => q.Position).Select(q => Inline(q.Text)));
        Section(text, "Links", meeting.References
            .Where(v => Uri.TryCreate(v, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
            .Distinct(StringComparer.Ordinal).Select(v => "<" + v.Replace(">", "%3E", StringComparison.Ordinal) + ">"));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append("\n## ").Append(title).Append("\n\n");
        foreach (var item in list)
        {
            text.Append("- ").Append(item).Append('\n');
        }
    }

    /// <summary>One line of user text, its Markdown punctuation escaped so notes cannot add links, headings or images.</summary>
    private static string Inline(string text)
    {
        var line = TopicProposals.OneLine(text);
        var escaped = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '!' or '|' or '(' or ')')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
