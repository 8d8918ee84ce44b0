using Microsoft.AspNetCore.Identity;

namespace Docket.Store.Model;

/// <summary>A local sign-in (ASP.NET Core Identity: e-mail, hashed password, lockout).</summary>
public sealed class Account : IdentityUser<int>
{
    /// <summary>The name shown on pages; also how the account is matched to a person in a team's notes.</summary>
    public string DisplayName { get; set; } = "";
}
