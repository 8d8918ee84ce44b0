using Docket.Store.Postgres;
using Docket.Store.Sqlite;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Usage: add NAME   (run from the repository root)
if (args is not ["add", var name])
{
    Console.Error.WriteLine("usage: dotnet run --project tools/Docket.Migrations -- add NAME");
    return 2;
}

var root = Directory.GetCurrentDirectory();
Scaffold(new SqliteStore(Path.Combine(Path.GetTempPath(), "docket-design.db")), "Docket.Store.Sqlite");
Scaffold(new PostgresStore("Host=localhost;Database=design_time"), "Docket.Store.Postgres");
return 0;

void Scaffold(StoreProvider provider, string project)
{
    using var context = provider.CreateContext();
    var migrationsAssembly = AppDomain.CurrentDomain.Load(project);
    var reporter = new OperationReporter(null);
    var services = new DesignTimeServicesBuilder(migrationsAssembly, migrationsAssembly, reporter, []).Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, project, "Migrations", "C#");
    var files = scaffolder.Save(Path.Combine(root, "src", project), migration, Path.Combine(root, "src", project, "Migrations"));
    Console.WriteLine($"{project}: {files.MigrationFile}");
}
