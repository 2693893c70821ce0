using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RescueFamilySearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "closed_reason",
                table: "rescue_missing_reports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "home_place",
                table: "rescue_missing_reports",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "missing_accent",
                table: "rescue_missing_reports",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "missing_description",
                table: "rescue_missing_reports",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "missing_height_cm",
                table: "rescue_missing_reports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recorded_by",
                table: "rescue_missing_reports",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "rescue_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    case_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    age = table.Column<int>(type: "INTEGER", nullable: true),
                    age_estimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    height_cm = table.Column<int>(type: "INTEGER", nullable: true),
                    health = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    intellect = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    mental = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    physical_features = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    clothing = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    accent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    found_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    found_district = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    found_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    station_contact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    photo_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    first_published_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    published_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    unpublished_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    unpublish_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_notices_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_reunion_follow_ups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reunion_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    visited_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_reunion_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_reunion_follow_ups_rescue_reunions_reunion_id",
                        column: x => x.reunion_id,
                        principalTable: "rescue_reunions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_notice_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    notice_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    received_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    handled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    handled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    handled_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_notice_messages", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_notice_messages_rescue_notices_notice_id",
                        column: x => x.notice_id,
                        principalTable: "rescue_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_missing_reports_division_code_status",
                table: "rescue_missing_reports",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_notice_messages_notice_id",
                table: "rescue_notice_messages",
                column: "notice_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_notice_messages_status_received_at_utc",
                table: "rescue_notice_messages",
                columns: new[] { "status", "received_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_notices_case_id",
                table: "rescue_notices",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_notices_status_found_on",
                table: "rescue_notices",
                columns: new[] { "status", "found_on" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_reunion_follow_ups_reunion_id",
                table: "rescue_reunion_follow_ups",
                column: "reunion_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rescue_notice_messages");

            migrationBuilder.DropTable(
                name: "rescue_reunion_follow_ups");

            migrationBuilder.DropTable(
                name: "rescue_notices");

            migrationBuilder.DropIndex(
                name: "IX_rescue_missing_reports_division_code_status",
                table: "rescue_missing_reports");

            migrationBuilder.DropColumn(
                name: "closed_reason",
                table: "rescue_missing_reports");

            migrationBuilder.DropColumn(
                name: "home_place",
                table: "rescue_missing_reports");

            migrationBuilder.DropColumn(
                name: "missing_accent",
                table: "rescue_missing_reports");

            migrationBuilder.DropColumn(
                name: "missing_description",
                table: "rescue_missing_reports");

            migrationBuilder.DropColumn(
                name: "missing_height_cm",
                table: "rescue_missing_reports");

            migrationBuilder.DropColumn(
                name: "recorded_by",
                table: "rescue_missing_reports");
        }
    }
}
