using Docket.Store.Model;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Docket.Web.Features.Accounts;

/// <summary>Signs out: a form post with an antiforgery token, so another site cannot sign people out.</summary>
public sealed class SignOutModel(SignInManager<Account> signIn) : DocketPage
{
    public IActionResult OnGet() => Viewer.IsSignedIn ? Page() : LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
