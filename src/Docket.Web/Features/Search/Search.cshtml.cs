using System.Globalization;
using Docket.Store.Access;
using Docket.Store.Storage;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Features.Search;

/// <summary>
/// <c>GET /search</c>: the form and its results; <c>GET /search/results</c>: the results alone, for
/// htmx to swap in as the user types (it tells htmx to put the full page's address in the history).
/// </summary>
public sealed class SearchModel(ScopedSearch search, DocketDbContext db) : DocketPage
{
    public const int PageSize = 20;

    /// <summary>The search backend returns at most this many hits, so paging stops there.</summary>
    public const int MaxPages = Docket.Store.Search.SearchService.MaxLimit / PageSize;

    public static readonly IReadOnlyList<string> KindNames = ["decision", "action", "question", "agenda", "note", "update"];

    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(Name = "series", SupportsGet = true)]
    public string? Series { get; set; }

    [BindProperty(Name = "who", SupportsGet = true)]
    public string? Who { get; set; }

    [BindProperty(Name = "kind", SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(Name = "since", SupportsGet = true)]
    public string? Since { get; set; }

    [BindProperty(Name = "until", SupportsGet = true)]
    public string? Until { get; set; }

    /// <summary>From <c>?page=</c>, read by hand: "page" is also Razor Pages' own route value.</summary>
    public int CurrentPage => int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, MaxPages) : 1;

    public IReadOnlyList<SeriesChoice> SeriesChoices { get; private set; } = [];

    /// <summary>Null until something was asked.</summary>
    public FoundPage? Found { get; private set; }

    public SearchFilters Filters => new(Q, Series, Who, Kind, Since, Until);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SeriesChoices = await db.Series.AsNoTracking().Readable(Viewer)
            .OrderBy(s => s.Team.Name).ThenBy(s => s.Name)
            .Select(s => new SeriesChoice(s.Slug, s.Team.Name + " / " + s.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await RunAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnGetResultsAsync(CancellationToken cancellationToken)
    {
        await RunAsync(cancellationToken).ConfigureAwait(false);
        Response.Headers["HX-Push-Url"] = PageUrl(CurrentPage);
        Response.Headers.Vary = "HX-Request";
        return Partial("_SearchResults", this);
    }

    /// <summary>This search's address on the full page, at another page of results.</summary>
    public string PageUrl(int page)
    {
        var query = new QueryBuilder();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(name, value);
            }
        }

        Add("q", Q);
        Add("series", Series);
        Add("who", Who);
        Add("kind", Kind);
        Add("since", Since);
        Add("until", Until);
        if (page > 1)
        {
            query.Add("page", page.ToString(CultureInfo.InvariantCulture));
        }

        return "/search" + query.ToQueryString();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!Filters.IsEmpty)
        {
            Found = await search.SearchAsync(Viewer, Filters, (CurrentPage - 1) * PageSize, PageSize, cancellationToken).ConfigureAwait(false);
        }
    }
}
