using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Features.Teams;

/// <summary>
/// Who belongs to a team, and the rules for changing it: a team always keeps an owner, an account
/// joins once, and a new membership is linked to the team's person of the same name.
/// Callers check <see cref="Docket.Store.Access.Viewer.CanManage"/> first; this class keeps the team consistent.
/// </summary>
public sealed class TeamRoster(DocketDbContext db)
{
    public const string LastOwner = "A team needs an owner: make someone else owner first.";

    /// <summary>The team a URL names, or null.</summary>
    public Task<Team?> FindTeamAsync(string slug, CancellationToken cancellationToken) =>
        db.Teams.SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);

    /// <summary>Makes a team with its creator as owner; null and a message when the slug is taken or invalid.</summary>
    public async Task<(Team? Team, string? Problem)> CreateTeamAsync(string name, string slug, int ownerId, CancellationToken cancellationToken)
    {
        if (!Slugs.IsValid(slug))
        {
            return (null, $"'{slug}' cannot be a team's address: use lower-case letters, digits and single hyphens.");
        }

        if (await db.Teams.AnyAsync(t => t.Slug == slug, cancellationToken).ConfigureAwait(false))
        {
            return (null, $"There is already a team at /t/{slug}: choose another name or address.");
        }

        var owner = await db.Users.SingleAsync(a => a.Id == ownerId, cancellationToken).ConfigureAwait(false);
        var team = new Team(slug, name.Trim());
        db.Teams.Add(team);
        db.Memberships.Add(new Membership(team, owner, TeamRole.Owner));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Someone took the slug between the check and the write.
            db.ChangeTracker.Clear();
            return (null, $"There is already a team at /t/{slug}: choose another name or address.");
        }

        return (team, null);
    }

    /// <summary>
    /// How a self-hosted server is claimed: the first account ever made becomes owner of every team
    /// that has none yet (teams the CLI imported into). Later accounts get nothing until added.
    /// </summary>
    public async Task ClaimUnownedTeamsAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (await db.Users.AnyAsync(a => a.Id < account.Id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var unowned = await db.Teams
            .Where(t => !db.Memberships.Any(m => m.TeamId == t.Id && m.Role == TeamRole.Owner))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var stored = await db.Users.SingleAsync(a => a.Id == account.Id, cancellationToken).ConfigureAwait(false);
        foreach (var team in unowned)
        {
            var existing = await db.Memberships.SingleOrDefaultAsync(m => m.TeamId == team.Id && m.AccountId == account.Id, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                var membership = new Membership(team, stored, TeamRole.Owner);
                db.Memberships.Add(membership);
                await LinkByNameAsync(membership, team, stored.DisplayName, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                existing.ChangeRole(TeamRole.Owner);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MemberRow>> ListAsync(int teamId, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .Where(m => m.TeamId == teamId)
            .OrderByDescending(m => m.Role).ThenBy(m => m.Account.DisplayName)
            .Select(m => new MemberRow(m.AccountId, m.Account.DisplayName, m.Account.Email ?? "", m.Role, m.PersonId, m.Person == null ? null : m.Person.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<PersonChoice>> PeopleAsync(int teamId, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking()
            .Where(p => p.TeamId == teamId)
            .OrderBy(p => p.Name)
            .Select(p => new PersonChoice(p.Id, p.Name))
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Adds an existing account by its e-mail address; null on success, else why not.</summary>
    public async Task<string?> AddAsync(Team team, string email, TeamRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (!Enum.IsDefined(role))
        {
            return "Choose a role: guest, member or owner.";
        }

        var normalized = (email ?? "").Trim().ToUpperInvariant();
        var account = normalized.Length == 0
            ? null
            : await db.Users.SingleOrDefaultAsync(a => a.NormalizedEmail == normalized, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return $"No account has the e-mail address '{email}': ask them to sign up first.";
        }

        if (await db.Memberships.AnyAsync(m => m.TeamId == team.Id && m.AccountId == account.Id, cancellationToken).ConfigureAwait(false))
        {
            return $"{account.DisplayName} is already in this team: change their role below.";
        }

        var membership = new Membership(team, account, role);
        db.Memberships.Add(membership);
        await LinkByNameAsync(membership, team, account.DisplayName, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    public async Task<string?> ChangeRoleAsync(int teamId, int accountId, TeamRole role, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(role))
        {
            return "Choose a role: guest, member or owner.";
        }

        var membership = await FindAsync(teamId, accountId, cancellationToken).ConfigureAwait(false);
        if (membership is null)
        {
            return "That account is not in this team.";
        }

        if (membership.Role == TeamRole.Owner && role != TeamRole.Owner && await IsLastOwnerAsync(teamId, cancellationToken).ConfigureAwait(false))
        {
            return LastOwner;
        }

        membership.ChangeRole(role);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    public async Task<string?> RemoveAsync(int teamId, int accountId, CancellationToken cancellationToken)
    {
        var membership = await FindAsync(teamId, accountId, cancellationToken).ConfigureAwait(false);
        if (membership is null)
        {
            return "That account is not in this team.";
        }

        if (membership.Role == TeamRole.Owner && await IsLastOwnerAsync(teamId, cancellationToken).ConfigureAwait(false))
        {
            return LastOwner;
        }

        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Links a member to one of the team's people (the name the notes use for them).</summary>
    public async Task<string?> LinkAsync(int teamId, int accountId, int personId, CancellationToken cancellationToken)
    {
        var membership = await FindAsync(teamId, accountId, cancellationToken).ConfigureAwait(false);
        if (membership is null)
        {
            return "That account is not in this team.";
        }

        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.TeamId == teamId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return "Choose one of this team's people.";
        }

        membership.LinkTo(person);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    private Task<Membership?> FindAsync(int teamId, int accountId, CancellationToken cancellationToken) =>
        db.Memberships.SingleOrDefaultAsync(m => m.TeamId == teamId && m.AccountId == accountId, cancellationToken);

    private async Task<bool> IsLastOwnerAsync(int teamId, CancellationToken cancellationToken) =>
        await db.Memberships.CountAsync(m => m.TeamId == teamId && m.Role == TeamRole.Owner, cancellationToken).ConfigureAwait(false) <= 1;

    // The notes know people by name: an account whose display name is one of a person's names is that person.
    private async Task LinkByNameAsync(Membership membership, Team team, string displayName, CancellationToken cancellationToken)
    {
        if (await new PersonDirectory(db, team).FindAsync(displayName, cancellationToken).ConfigureAwait(false) is { } person)
        {
            membership.LinkTo(person);
        }
    }
}
