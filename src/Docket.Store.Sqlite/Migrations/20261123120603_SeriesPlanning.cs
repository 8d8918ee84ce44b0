using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Docket.Store.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SeriesPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlannedMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PlannedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", nullable: false),
                    HeldMeetingId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedMeetings_Meetings_HeldMeetingId",
                        column: x => x.HeldMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlannedMeetings_Series_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "Series",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeriesPlans",
                columns: table => new
                {
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Cadence = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    TemplateSource = table.Column<string>(type: "TEXT", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RotationOffset = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeriesPlans", x => x.SeriesId);
                    table.ForeignKey(
                        name: "FK_SeriesPlans_Series_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "Series",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposedTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Proposer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PlannedMeetingId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposedTopics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposedTopics_PlannedMeetings_PlannedMeetingId",
                        column: x => x.PlannedMeetingId,
                        principalTable: "PlannedMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProposedTopics_Series_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "Series",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OccurrenceChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OccurrenceChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OccurrenceChanges_SeriesPlans_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "SeriesPlans",
                        principalColumn: "SeriesId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeriesMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Away = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeriesMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeriesMembers_SeriesPlans_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "SeriesPlans",
                        principalColumn: "SeriesId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SeriesRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeriesRoles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeriesRoles_SeriesPlans_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "SeriesPlans",
                        principalColumn: "SeriesId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OccurrenceChanges_SeriesId_Date",
                table: "OccurrenceChanges",
                columns: new[] { "SeriesId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlannedMeetings_HeldMeetingId",
                table: "PlannedMeetings",
                column: "HeldMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedMeetings_SeriesId_RuleDate",
                table: "PlannedMeetings",
                columns: new[] { "SeriesId", "RuleDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProposedTopics_PlannedMeetingId",
                table: "ProposedTopics",
                column: "PlannedMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposedTopics_SeriesId_PlannedMeetingId",
                table: "ProposedTopics",
                columns: new[] { "SeriesId", "PlannedMeetingId" });

            migrationBuilder.CreateIndex(
                name: "IX_SeriesMembers_SeriesId_Name",
                table: "SeriesMembers",
                columns: new[] { "SeriesId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeriesRoles_SeriesId_Name",
                table: "SeriesRoles",
                columns: new[] { "SeriesId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OccurrenceChanges");

            migrationBuilder.DropTable(
                name: "ProposedTopics");

            migrationBuilder.DropTable(
                name: "SeriesMembers");

            migrationBuilder.DropTable(
                name: "SeriesRoles");

            migrationBuilder.DropTable(
                name: "PlannedMeetings");

            migrationBuilder.DropTable(
                name: "SeriesPlans");
        }
    }
}
