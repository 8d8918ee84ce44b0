using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Docket.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexFilters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The index is made again, in a new shape:
            // - who: and kind: become part of MATCH. The entry's people (ids) and kind are columns of
            //   their own, so FTS5 intersects their postings with the words' instead of the query
            //   testing every entry a common word matches. Searches weigh only the text (bm25 weights
            //   1, 0, 0) and never let typed words reach the other columns; the partial index on
            //   SearchEntries.People goes, it only cost every import its upkeep.
            // - No insert trigger: new entries are indexed once per writing transaction
            //   (ISearchIndex.CompleteWritesAsync); a trigger per row made FTS5 write a segment per
            //   row. Deletes and updates keep theirs.
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Updated";""");
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Deleted";""");
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Inserted";""");
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
            migrationBuilder.Sql("""DROP INDEX "IX_SearchEntries_People";""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
                    "Text", "People", "Kind", content='SearchEntries', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Deleted" AFTER DELETE ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex"("SearchIndex", rowid, "Text", "People", "Kind") VALUES ('delete', old."Id", old."Text", old."People", old."Kind");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchEntries_Updated" AFTER UPDATE OF "Text", "People", "Kind" ON "SearchEntries" BEGIN
                    INSERT INTO "SearchIndex"("SearchIndex", rowid, "Text", "People", "Kind") VALUES ('delete', old."Id", old."Text", old."People", old."Kind");
                    INSERT INTO "SearchIndex"(rowid, "Text", "People", "Kind") VALUES (new."Id", new."Text", new."People", new."Kind");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Updated";""");
            migrationBuilder.Sql("""DROP TRIGGER "SearchEntries_Deleted";""");
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_People" ON "SearchEntries" ("People") WHERE "People" <> '';""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
                    "Text", content='SearchEntries', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2', prefix='2 3 4');
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
            migrationBuilder.Sql("""INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');""");
        }
    }
}
