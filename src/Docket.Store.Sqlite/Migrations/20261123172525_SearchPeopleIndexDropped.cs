using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Docket.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchPeopleIndexDropped : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // who: is matched in the full-text index's People column now: the partial index on
            // SearchEntries.People only cost every import its upkeep.
            migrationBuilder.Sql("""DROP INDEX "IX_SearchEntries_People";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_People" ON "SearchEntries" ("People") WHERE "People" <> '';""");
        }
    }
}
