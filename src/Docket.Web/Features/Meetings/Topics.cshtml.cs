using Docket.Store.Planning;
using Docket.Store.Storage;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Meetings;

/// <summary>Propose a topic for a series' next meeting; the proposer is the signed-in viewer.</summary>
public sealed class TopicsModel(DocketDbContext db, TopicProposals proposals) : DocketPage
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public int? Minutes { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    public TeamSeries Series { get; private set; } = null!;

    public string? Problem { get; private set; }

    public IActionResult OnGet(string team, string series) => Redirect($"/t/{team}/s/{series}/next");

    public async Task<IActionResult> OnPostAsync(string team, string series, CancellationToken cancellationToken)
    {
        var found = await TeamSeries.FindAsync(db, team, series, Viewer, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        if (!found.CanWrite)
        {
            return Viewer.IsSignedIn ? StatusCode(StatusCodes.Status403Forbidden) : Challenge();
        }

        Series = found;
        var link = string.IsNullOrWhiteSpace(Link) ? null : Link;
        var proposed = await proposals.ProposeAsync(found.SeriesId, Title ?? "", Viewer.DisplayName ?? "", Minutes, link, cancellationToken);
        if (proposed.Succeeded)
        {
            return Redirect($"/t/{found.TeamSlug}/s/{found.SeriesSlug}/next#waiting");
        }

        Problem = proposed.Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
