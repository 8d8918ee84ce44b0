using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Docket.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferencesOnMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "References",
                table: "Meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // Each meeting's references move onto it, in their order, as the JSON array EF reads.
            migrationBuilder.Sql("""
                UPDATE "Meetings" SET "References" = (
                    SELECT json_group_array(r."Value" ORDER BY r."Position") FROM "References" r WHERE r."MeetingId" = "Meetings"."Id")
                WHERE EXISTS (SELECT 1 FROM "References" r WHERE r."MeetingId" = "Meetings"."Id");
                """);

            migrationBuilder.DropTable(
                name: "References");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "References",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_References", x => x.Id);
                    table.ForeignKey(
                        name: "FK_References_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_References_MeetingId",
                table: "References",
                column: "MeetingId");

            // A reference's line was its meeting's.
            migrationBuilder.Sql("""
                INSERT INTO "References" ("MeetingId", "Line", "Position", "Value")
                SELECT m."Id", m."Line", j.key, j.value FROM "Meetings" m, json_each(m."References") j ORDER BY m."Id", j.key;
                """);

            // SQLite drops a plain column itself; EF would rebuild the table, which it cannot do after SQL of its own.
            migrationBuilder.Sql("""ALTER TABLE "Meetings" DROP COLUMN "References";""");
        }
    }
}
