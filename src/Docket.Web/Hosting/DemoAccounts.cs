using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Docket.Web.Hosting;

/// <summary>
/// Sign-ins for <c>docket serve --demo</c>: one account per role in the demo team, each linked to
/// the person the demo notes call them, so "my action items" and private series show at once.
/// </summary>
public static class DemoAccounts
{
    /// <summary>The demo's shared password: the database is thrown away when the server stops.</summary>
    public const string Password = "docket-demo";

    public static IReadOnlyList<(string Email, string Name, TeamRole Role)> People { get; } =
    [
        ("mira@demo.test", "mira", TeamRole.Owner),
        ("sam@demo.test", "sam", TeamRole.Member),
        ("ana@demo.test", "ana", TeamRole.Guest),
    ];

    public static async Task SeedAsync(IServiceProvider services, string teamSlug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var db = scope.ServiceProvider.GetRequiredService<DocketDbContext>();
        var team = await db.Teams.SingleAsync(t => t.Slug == teamSlug, cancellationToken).ConfigureAwait(false);
        foreach (var (email, name, role) in People)
        {
            var account = new Account { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
            var created = await users.CreateAsync(account, Password).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not make the demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            var membership = new Membership(team, account, role);
            var key = PersonAlias.Normalize(name);
            var person = await db.Aliases.Where(a => a.TeamId == team.Id && a.Key == key).Select(a => a.Person).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (person is not null)
            {
                membership.LinkTo(person);
            }

            db.Memberships.Add(membership);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
