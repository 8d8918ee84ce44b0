using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.Storage;
using Docket.Store.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace Docket.Store.Tests.Import;

public sealed class BulkRowsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task InsertAsync_ManyRowsAtOnce_GivesEachRowTheKeyItWasStoredUnder(string provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.Provider.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();

        // More rows than one statement holds, and a count that needs statements of several sizes.
        var count = (store.Provider.MaxRowsPerInsert * 2) + 13;
        var teams = Enumerable.Range(0, count).Select(i => new Team($"team-{i}", $"Team {i}")).ToList();
        await using (var commands = new WriteCommands(db))
        {
            await new BulkRows(db, commands, store.Provider).InsertAsync(teams, CancellationToken.None);
        }

        await transaction.CommitAsync();

        var stored = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Slug);
        Assert.Equal(count, stored.Count);
        Assert.All(teams, team => Assert.Equal(team.Slug, stored[team.Id]));
        Assert.Equal(count, teams.Select(t => t.Id).Distinct().Count());
    }

    [Fact]
    public void Sqlite_WritesManyRowsPerStatement()
    {
        // The test above proves the keys only if some statement held several rows.
        Assert.True(new Docket.Store.Sqlite.SqliteStore(Path.Combine(Path.GetTempPath(), "docket-rows.db")).MaxRowsPerInsert > 1);
    }
}
