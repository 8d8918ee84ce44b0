using System.ComponentModel.DataAnnotations;
using Docket.Store.Model;
using Docket.Web.Features.Shared;
using Docket.Web.Features.Teams;
using Docket.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Docket.Web.Features.Accounts;

/// <summary>Makes a local account and signs it in. The first account claims the teams nobody owns.</summary>
[EnableRateLimiting(DocketServer.SignInLimit)]
public sealed class SignUpModel(UserManager<Account> users, SignInManager<Account> signIn, TeamRoster roster) : DocketPage
{
    [BindProperty]
    [Required(ErrorMessage = "Tell us the name your team knows you by.")]
    [StringLength(200, ErrorMessage = "A display name has at most 200 characters.")]
    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "An e-mail address is required.")]
    [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "A password is required.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public int PasswordLength => users.Options.Password.RequiredLength;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = new Account { UserName = Email.Trim(), Email = Email.Trim(), DisplayName = DisplayName.Trim() };
        var created = await users.CreateAsync(account, Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(FieldOf(error.Code), error.Description);
            }

            return Page();
        }

        await roster.ClaimUnownedTeamsAsync(account, cancellationToken);
        await signIn.SignInAsync(account, isPersistent: true);
        return LocalRedirect("/account");
    }

    // Identity's error codes, to the field the person must fix.
    private static string FieldOf(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password)
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? nameof(Email)
        : "";
}
