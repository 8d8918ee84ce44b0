using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Docket.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexInBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // New entries are indexed once per writing transaction (ISearchIndex.CompleteWritesAsync):
            // a trigger per row made FTS5 write a segment per row. Deletes and updates keep theirs.
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Inserted";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                """);
        }
    }
}
