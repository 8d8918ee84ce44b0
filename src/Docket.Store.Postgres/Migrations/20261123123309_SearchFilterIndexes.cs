using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Docket.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // who: filters on the few entries that name people (a partial index: most entries name
            // nobody); kind: and date filters without words read by kind, newest first.
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_People" ON "SearchEntries" ("People") WHERE "People" <> '';""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_Kind_Date" ON "SearchEntries" ("Kind", "Date");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_SearchEntries_Kind_Date";""");
            migrationBuilder.Sql("""DROP INDEX "IX_SearchEntries_People";""");
        }
    }
}
