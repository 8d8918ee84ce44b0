using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Docket.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // FTS5 over SearchEntries.Text (external content: the text is stored once), kept in
            // step by triggers on every insert, update and delete, cascades included.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
                    "Text", content='SearchEntries', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Inserted" AFTER INSERT ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex"("SearchIndex", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE OF "Text" ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex"("SearchIndex", rowid, "Text") VALUES ('delete', old."Id", old."Text");
                    INSERT INTO "SearchIndex"(rowid, "Text") VALUES (new."Id", new."Text");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Updated";""");
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Deleted";""");
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Inserted";""");
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
        }
    }
}
