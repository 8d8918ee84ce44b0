using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Docket.Store.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Docket.Web.Access;

/// <summary>
/// Bearer tokens for the API (<c>Authorization: Bearer dkt_...</c>) and for feeds, whose readers
/// cannot send headers (<c>?token=dkt_...</c>). An unknown or revoked token fails: the request gets
/// 401, never the anonymous view.
/// </summary>
internal sealed class TokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    DocketDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    public static string? SecretFrom(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return request.Query.TryGetValue("token", out var query) ? query.ToString() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = SecretFrom(Request);
        if (string.IsNullOrEmpty(secret))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiTokens.Hash(secret);
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Hash == hash)
            .Select(t => new { t.Id, t.TeamId, t.AccountId, t.Scope, t.RevokedAt, t.Account.DisplayName })
            .SingleOrDefaultAsync(Context.RequestAborted).ConfigureAwait(false);
        if (token is null || token.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("The token is unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.AccountId.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, token.DisplayName),
                new Claim(DocketClaims.TokenId, token.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(DocketClaims.TokenTeam, token.TeamId.ToString(CultureInfo.InvariantCulture)),
                new Claim(DocketClaims.TokenScope, token.Scope.ToString()),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
