using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Docket.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReferencesOnMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each meeting's references move onto it, in their order; the default only serves the
            // rows already there, so it goes once they are filled.
            migrationBuilder.Sql("""
                ALTER TABLE "Meetings" ADD "References" text[] NOT NULL DEFAULT '{}';
                UPDATE "Meetings" m SET "References" = r.values
                FROM (SELECT "MeetingId", array_agg("Value" ORDER BY "Position") AS values FROM "References" GROUP BY "MeetingId") r
                WHERE r."MeetingId" = m."Id";
                ALTER TABLE "Meetings" ALTER COLUMN "References" DROP DEFAULT;
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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
                SELECT m."Id", m."Line", r.ordinality - 1, r.value
                FROM "Meetings" m, unnest(m."References") WITH ORDINALITY AS r(value, ordinality)
                ORDER BY m."Id", r.ordinality;
                """);

            migrationBuilder.DropColumn(
                name: "References",
                table: "Meetings");
        }
    }
}
