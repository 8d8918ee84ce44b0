using System.Net;
using System.Text;
using Docket.Store.Search;

namespace Docket.Web.Features.Search;

/// <summary>
/// Reads the highlight markers of a <see cref="SearchHit"/> snippet. Markers are private-use
/// characters the index adds and stored text never holds, so they are split off before any
/// encoding: text is encoded as text, and only our own <c>&lt;mark&gt;</c> is markup.
/// </summary>
public static class Highlights
{
    /// <summary>The snippet as runs; an unclosed marker runs to the end, a stray closing one is dropped.</summary>
    public static IReadOnlyList<HighlightRun> Runs(string snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var runs = new List<HighlightRun>();
        var text = new StringBuilder();
        var highlight = false;
        foreach (var c in snippet)
        {
            if (c is SearchHit.HighlightStart or SearchHit.HighlightEnd)
            {
                var opening = c == SearchHit.HighlightStart;
                if (opening != highlight)
                {
                    Flush();
                    highlight = opening;
                }
            }
            else
            {
                text.Append(c);
            }
        }

        Flush();
        return runs;

        void Flush()
        {
            if (text.Length > 0)
            {
                runs.Add(new HighlightRun(text.ToString(), highlight));
                text.Clear();
            }
        }
    }

    /// <summary>HTML of a snippet: each run HTML-encoded first, then the highlighted ones put in <c>&lt;mark&gt;</c>.</summary>
    public static string ToHtml(string snippet)
    {
        var html = new StringBuilder();
        foreach (var run in Runs(snippet))
        {
            var encoded = WebUtility.HtmlEncode(run.Text);
            html.Append(run.Highlight ? "<mark>" + encoded + "</mark>" : encoded);
        }

        return html.ToString();
    }
}
