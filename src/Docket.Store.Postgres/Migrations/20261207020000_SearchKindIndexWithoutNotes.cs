using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Docket.Store.Postgres.Migrations
{
    /// <summary>
    /// The index that lists entries of a kind newest first (a search with filters and no words) holds
    /// no notes. Three entries in four are notes, inserted all over the index because an archive's
    /// files are not in date order: keeping them cost a large import a tenth of its writing, and
    /// "every note, newest first" is not a search anyone needs answered from an index. A search
    /// for other kinds says <c>"Kind" &lt;&gt; 0</c> so the database knows it may use the index. SQL only:
    /// the EF model does not hold this index.
    /// </summary>
    [DbContext(typeof(DocketDbContext))]
    [Migration("20261207020000_SearchKindIndexWithoutNotes")]
    public partial class SearchKindIndexWithoutNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_SearchEntries_Kind_Date";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_Kind_Date" ON "SearchEntries" ("Kind", "Date") WHERE "Kind" <> 0;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_SearchEntries_Kind_Date";""");
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchEntries_Kind_Date" ON "SearchEntries" ("Kind", "Date");""");
        }
    }
}
