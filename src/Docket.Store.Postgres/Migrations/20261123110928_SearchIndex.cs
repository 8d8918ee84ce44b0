using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Docket.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A generated tsvector follows SearchEntries.Text on every write; GIN makes @@ fast.
            // 'simple': no stemming, the same words as SQLite's unicode61, so both stores find the same.
            migrationBuilder.Sql("""
                ALTER TABLE "SearchEntries" ADD COLUMN "Vector" tsvector
                    GENERATED ALWAYS AS (to_tsvector('simple', "Text")) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_Vector" ON "SearchEntries" USING GIN ("Vector");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_SearchEntries_Vector";""");
            migrationBuilder.Sql("""ALTER TABLE "SearchEntries" DROP COLUMN "Vector";""");
        }
    }
}
