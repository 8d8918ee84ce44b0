using Docket.Store.Storage;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Web.Features.Accounts;

/// <summary>Revokes one of the account's own tokens; someone else's token is "not found".</summary>
[Authorize]
public sealed class RevokeTokenModel(DocketDbContext db, IClock clock) : DocketPage
{
    public IActionResult OnGet() => LocalRedirect("/account");

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (Viewer.TokenScope is not null)
        {
            return Forbid();
        }

        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.AccountId == Viewer.AccountId, cancellationToken);
        if (token is null)
        {
            return NotFound();
        }

        token.Revoke(clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        return LocalRedirect("/account");
    }
}
