using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore.Design;

namespace Docket.Store.Sqlite;

/// <summary>Lets the migrations tool build the model for SQLite without a real database.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DocketDbContext>
{
    public DocketDbContext CreateDbContext(string[] args) => new SqliteStore("design-time.db").CreateContext();
}
