using System.ComponentModel.DataAnnotations;
using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Web.Access;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Web.Features.Accounts;

/// <summary>
/// Makes an API token for one of the account's teams. The secret is in this one response only
/// (not cached, not stored: the store keeps its SHA-256); the account page lists the prefix.
/// </summary>
[Authorize]
public sealed class TokensModel(DocketDbContext db, IClock clock) : DocketPage
{
    [BindProperty]
    [Required(ErrorMessage = "Choose a team.")]
    public string Team { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Name the token, so you know later what uses it.")]
    [StringLength(100, ErrorMessage = "A token's name has at most 100 characters.")]
    public string Name { get; set; } = "";

    [BindProperty]
    public TokenScope Scope { get; set; } = TokenScope.Read;

    public string? Secret { get; private set; }

    public string? TeamName { get; private set; }

    public IActionResult OnGet() => LocalRedirect("/account");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A token cannot make tokens: only a signed-in person can.
        if (Viewer.TokenScope is not null)
        {
            return Forbid();
        }

        var team = await db.Teams.SingleOrDefaultAsync(t => t.Slug == Team, cancellationToken);
        if (team is null || Viewer.RoleIn(team.Id) is null)
        {
            ModelState.AddModelError(nameof(Team), "Choose one of your teams.");
        }

        if (!Enum.IsDefined(Scope))
        {
            ModelState.AddModelError(nameof(Scope), "The scope is read or write.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var account = await db.Users.SingleAsync(a => a.Id == Viewer.AccountId, cancellationToken);
        var secret = ApiTokens.NewSecret();
        db.ApiTokens.Add(new ApiToken(team!, account, Name.Trim(), Scope, ApiTokens.Hash(secret), ApiTokens.Prefix(secret), clock.GetCurrentInstant()));
        await db.SaveChangesAsync(cancellationToken);
        Secret = secret;
        TeamName = team!.Name;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
