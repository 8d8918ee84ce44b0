using System.ComponentModel.DataAnnotations;
using Docket.Store.Model;
using Docket.Web.Features.Shared;
using Docket.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Docket.Web.Features.Accounts;

/// <summary>
/// Signs in with e-mail and password. Failures count towards Identity's lockout, attempts towards the
/// sign-in rate limit, and the page goes back only to a local <see cref="ReturnUrl"/> (no open redirect).
/// </summary>
[EnableRateLimiting(DocketServer.SignInLimit)]
public sealed class SignInModel(SignInManager<Account> signIn) : DocketPage
{
    public const string WrongPassword = "The e-mail address or the password is wrong.";

    public const string LockedOut = "Too many wrong passwords: this account is locked for a while. Try again later.";

    [BindProperty]
    [Required(ErrorMessage = "An e-mail address is required.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "A password is required.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError("", result.IsLockedOut ? LockedOut : WrongPassword);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
