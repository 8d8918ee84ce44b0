using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore.Design;

namespace Docket.Store.Postgres;

/// <summary>Lets the migrations tool build the model for PostgreSQL without a real database.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DocketDbContext>
{
    public DocketDbContext CreateDbContext(string[] args) => new PostgresStore("Host=localhost;Database=design_time").CreateContext();
}
