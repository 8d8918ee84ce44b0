using System.ComponentModel.DataAnnotations;
using Docket.Store.Model;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Teams;

/// <summary>Makes a team whose first owner is its creator. The address comes from the name unless given.</summary>
[Authorize]
public sealed class NewTeamModel(TeamRoster roster) : DocketPage
{
    [BindProperty]
    [Required(ErrorMessage = "A team needs a name.")]
    [StringLength(200, ErrorMessage = "A team's name has at most 200 characters.")]
    public string Name { get; set; } = "";

    [BindProperty]
    [Display(Name = "Address")]
    public string? Slug { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Viewer.TokenScope is not null)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var slug = string.IsNullOrWhiteSpace(Slug) ? Slugs.From(Name) : Slug.Trim();
        var (team, problem) = await roster.CreateTeamAsync(Name, slug, Viewer.AccountId!.Value, cancellationToken);
        if (team is null)
        {
            ModelState.AddModelError(string.IsNullOrWhiteSpace(Slug) ? nameof(Name) : nameof(Slug), problem!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return LocalRedirect("/t/" + team.Slug);
    }
}
