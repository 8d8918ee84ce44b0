using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Browse;

/// <summary>A person of a team: their open and done action items and their standup updates, as far as the viewer may read.</summary>
public sealed class PersonPageModel(BrowseQueries browse) : DocketPage
{
    public PersonDetail Person { get; private set; } = null!;

    public string TeamName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string team, int id, CancellationToken cancellationToken)
    {
        // A person of another team under this one's address is as missing as an unknown id.
        if (await browse.FindPersonAsync(id, Viewer, cancellationToken) is not { } found || found.Team.Slug != team)
        {
            return NotFound();
        }

        TeamName = found.Team.Name;
        Person = await browse.PersonAsync(found.Person, found.Team, Viewer, cancellationToken);
        return Page();
    }
}
