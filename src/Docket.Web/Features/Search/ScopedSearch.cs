using System.Globalization;
using Docket.Store.Access;
using Docket.Store.Search;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Docket.Web.Features.Search;

/// <summary>
/// The CLI's search, limited to what the viewer may read: the scope goes into the index query, so
/// results, counts and snippets all leave out other teams' private words.
/// </summary>
public sealed class ScopedSearch(SearchService search, DocketDbContext db)
{
    public async Task<FoundPage> SearchAsync(Viewer viewer, SearchFilters filters, int skip, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (!TryDate(filters.Since, "since", out var since, out var error) || !TryDate(filters.Until, "until", out var until, out error))
        {
            return FoundPage.Failed(error!);
        }

        var scope = await AccessRules.SearchScopeAsync(db, viewer, cancellationToken).ConfigureAwait(false);
        var request = new SearchRequest(filters.Q ?? "")
        {
            Series = Blank(filters.Series),
            Who = Blank(filters.Who),
            Kind = Blank(filters.Kind),
            Since = since,
            Until = until,
            Limit = Math.Clamp(skip + limit, 1, SearchService.MaxLimit),
            VisibleSeries = scope.Series,
            HiddenMeetings = scope.HiddenMeetings,
        };
        var result = await search.SearchAsync(request, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return FoundPage.Failed(result.Message!);
        }

        var hits = result.Value!.Hits.Skip(skip).ToList();
        var ids = hits.Select(h => h.Source.MeetingId).Distinct().ToList();
        var places = await db.Meetings.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, Team = m.Series.Team.Slug, m.Series.Slug, m.Series.Name })
            .ToDictionaryAsync(m => m.Id, cancellationToken).ConfigureAwait(false);
        var items = hits.Select(h =>
        {
            var place = places[h.Source.MeetingId];
            return new FoundItem(h.Source.MeetingId, place.Team, place.Slug, place.Name, h.Source.MeetingTitle, h.Source.Date, h.Kind, h.Source.File, h.Source.Line, Highlights.Runs(h.Snippet));
        }).ToList();
        return new FoundPage(items, result.Value.Total, result.Value.TotalIsCapped, null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryDate(string? text, string name, out LocalDate? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"{name}: '{text.Trim()}' is not a date like 2024-03-07");
            return false;
        }

        date = parsed.Value;
        return true;
    }
}
