using System.Globalization;
using System.Security.Claims;
using Docket.Store.Access;
using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Access;

/// <summary>The request's <see cref="Viewer"/>, read once per request from its cookie or token.</summary>
public sealed class ViewerAccessor(IHttpContextAccessor http, DocketDbContext db)
{
    private Viewer? _viewer;

    public async Task<Viewer> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_viewer is not null)
        {
            return _viewer;
        }

        var user = http.HttpContext?.User;
        if (user?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id || !int.TryParse(id, CultureInfo.InvariantCulture, out var accountId))
        {
            return _viewer = Viewer.Anonymous;
        }

        var name = user.FindFirstValue(ClaimTypes.Name) ?? "";
        if (user.FindFirstValue(DocketClaims.TokenTeam) is { } team && int.TryParse(team, CultureInfo.InvariantCulture, out var teamId))
        {
            var scope = Enum.Parse<TokenScope>(user.FindFirstValue(DocketClaims.TokenScope)!);
            var role = await db.Memberships.AsNoTracking()
                .Where(m => m.AccountId == accountId && m.TeamId == teamId)
                .Select(m => (TeamRole?)m.Role)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return _viewer = Viewer.ForToken(accountId, name, teamId, role, scope);
        }

        var roles = await db.Memberships.AsNoTracking()
            .Where(m => m.AccountId == accountId)
            .ToDictionaryAsync(m => m.TeamId, m => m.Role, cancellationToken).ConfigureAwait(false);
        var display = await db.Users.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.DisplayName).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return _viewer = display is null ? Viewer.Anonymous : Viewer.ForAccount(accountId, display, roles);
    }
}
