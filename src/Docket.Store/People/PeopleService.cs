using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Store.Teams;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.People;

/// <summary>Lists people, and teaches Docket that two names are one person (<c>Hector Sanjuan</c> = <c>hsanjuan</c>).</summary>
public sealed class PeopleService(StoreProvider provider)
{
    public async Task<IReadOnlyList<PersonRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = provider.CreateContext();
        return await db.People.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new PersonRow(
                p.Id,
                p.Name,
                p.Aliases.OrderBy(a => a.Key).Select(a => a.Key).ToList(),
                db.Attendance.Where(a => a.PersonId == p.Id).Select(a => a.MeetingId).Distinct().Count(),
                db.ActionAssignees.Count(a => a.PersonId == p.Id && db.Actions.Any(i => i.Id == a.ActionItemId && i.Status == ActionStatus.Open))))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Makes <paramref name="alias"/> another name of <paramref name="name"/>'s person. When the alias
    /// already belongs to someone else, the two people become one: everything the notes said of
    /// either (attendance, roles, updates, action items, search) now belongs to the first.
    /// </summary>
    public async Task<QueryResult<PersonRow>> AliasAsync(string name, string alias, CancellationToken cancellationToken = default)
    {
        var aliasKey = PersonAlias.Normalize(alias);
        if (aliasKey is null)
        {
            return QueryResult.Bad<PersonRow>("the alias is empty");
        }

        await using var db = provider.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await provider.LockForWritingAsync(db, cancellationToken).ConfigureAwait(false);
        var team = await DefaultTeam.GetAsync(db, cancellationToken).ConfigureAwait(false);
        var directory = new PersonDirectory(db, team);
        var keeper = await directory.FindAsync(name, cancellationToken).ConfigureAwait(false);
        if (keeper is null)
        {
            return QueryResult.NoSuchPerson<PersonRow>(name);
        }

        var other = await directory.FindAsync(alias, cancellationToken).ConfigureAwait(false);
        if (other is null)
        {
            keeper.Aliases.Add(new PersonAlias(keeper, team.Id, alias));
        }
        else if (other.Id != keeper.Id)
        {
            await MergeAsync(db, keeper, other, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var rows = await ListAsync(cancellationToken).ConfigureAwait(false);
        return QueryResult.Ok(rows.Single(r => r.Id == keeper.Id));
    }

    private static async Task MergeAsync(DocketDbContext db, Person keeper, Person other, CancellationToken cancellationToken)
    {
        var keep = keeper.Id;
        var gone = other.Id;
        await db.Aliases.Where(a => a.PersonId == gone).ExecuteUpdateAsync(s => s.SetProperty(a => a.PersonId, keep), cancellationToken).ConfigureAwait(false);
        await db.Roles.Where(r => r.PersonId == gone).ExecuteUpdateAsync(s => s.SetProperty(r => r.PersonId, keep), cancellationToken).ConfigureAwait(false);
        await db.Updates.Where(u => u.PersonId == gone).ExecuteUpdateAsync(s => s.SetProperty(u => u.PersonId, keep), cancellationToken).ConfigureAwait(false);

        // Rows that would become duplicates (both names at one meeting, both owning one item) go first.
        await db.Attendance.Where(a => a.PersonId == gone && db.Attendance.Any(k => k.PersonId == keep && k.MeetingId == a.MeetingId))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Attendance.Where(a => a.PersonId == gone).ExecuteUpdateAsync(s => s.SetProperty(a => a.PersonId, keep), cancellationToken).ConfigureAwait(false);
        await db.ActionAssignees.Where(a => a.PersonId == gone && db.ActionAssignees.Any(k => k.PersonId == keep && k.ActionItemId == a.ActionItemId))
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.ActionAssignees.Where(a => a.PersonId == gone).ExecuteUpdateAsync(s => s.SetProperty(a => a.PersonId, keep), cancellationToken).ConfigureAwait(false);

        var goneText = $" {gone.ToString(System.Globalization.CultureInfo.InvariantCulture)} ";
        var keepText = $" {keep.ToString(System.Globalization.CultureInfo.InvariantCulture)} ";
        await db.SearchEntries.Where(e => e.People.Contains(goneText))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.People, e => e.People.Replace(goneText, keepText)), cancellationToken).ConfigureAwait(false);

        db.Entry(other).State = EntityState.Detached;
        await db.People.Where(p => p.Id == gone).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
