using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Web.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Web.Features.Accounts;

/// <summary>The signed-in account: its teams and its API tokens (never their secrets).</summary>
[Authorize]
public sealed class AccountModel(DocketDbContext db) : DocketPage
{
    public IReadOnlyList<MembershipRow> Memberships { get; private set; } = [];

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var id = Viewer.AccountId!.Value;
        Memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.AccountId == id)
            .OrderBy(m => m.Team.Name)
            .Select(m => new MembershipRow(m.Team.Slug, m.Team.Name, m.Role, m.Person == null ? null : m.Person.Name))
            .ToListAsync(cancellationToken);
        Tokens = await db.ApiTokens.AsNoTracking()
            .Where(t => t.AccountId == id)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new TokenRow(t.Id, t.Name, t.Prefix, t.Team.Slug, t.Team.Name, t.Scope, t.CreatedAt, t.RevokedAt))
            .ToListAsync(cancellationToken);
    }

    public sealed record MembershipRow(string TeamSlug, string TeamName, TeamRole Role, string? PersonName);

    public sealed record TokenRow(int Id, string Name, string Prefix, string TeamSlug, string TeamName, TokenScope Scope, Instant CreatedAt, Instant? RevokedAt);
}
