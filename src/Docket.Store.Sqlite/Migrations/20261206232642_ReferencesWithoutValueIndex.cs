using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Docket.Store.Sqlite.Migrations
{
    /// <summary>
    /// No index on a reference's value: references are read per meeting, "#1211" is found through
    /// search, and keeping the index up cost a large import a tenth of its writing.
    /// </summary>
    public partial class ReferencesWithoutValueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_References_Value",
                table: "References");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_References_Value",
                table: "References",
                column: "Value");
        }
    }
}
