using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RescueFamilySearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "closed_reason",
                schema: "rescue",
                table: "missing_reports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "home_place",
                schema: "rescue",
                table: "missing_reports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "missing_accent",
                schema: "rescue",
                table: "missing_reports",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "missing_description",
                schema: "rescue",
                table: "missing_reports",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "missing_height_cm",
                schema: "rescue",
                table: "missing_reports",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recorded_by",
                schema: "rescue",
                table: "missing_reports",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "notices",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    case_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    age = table.Column<int>(type: "integer", nullable: true),
                    age_estimated = table.Column<bool>(type: "boolean", nullable: false),
                    height_cm = table.Column<int>(type: "integer", nullable: true),
                    health = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    intellect = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    mental = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    physical_features = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    clothing = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    accent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    found_on = table.Column<DateOnly>(type: "date", nullable: false),
                    found_district = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    found_place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    station_contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    photo_id = table.Column<Guid>(type: "uuid", nullable: true),
                    first_published_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    published_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    unpublished_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    unpublish_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_notices_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reunion_follow_ups",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reunion_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    visited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reunion_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "FK_reunion_follow_ups_reunions_reunion_id",
                        column: x => x.reunion_id,
                        principalSchema: "rescue",
                        principalTable: "reunions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notice_messages",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    relationship = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    received_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    handled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    handled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    handled_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_messages", x => x.id);
                    table.ForeignKey(
                        name: "FK_notice_messages_notices_notice_id",
                        column: x => x.notice_id,
                        principalSchema: "rescue",
                        principalTable: "notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_missing_reports_division_code_status",
                schema: "rescue",
                table: "missing_reports",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_notice_messages_notice_id",
                schema: "rescue",
                table: "notice_messages",
                column: "notice_id");

            migrationBuilder.CreateIndex(
                name: "IX_notice_messages_status_received_at_utc",
                schema: "rescue",
                table: "notice_messages",
                columns: new[] { "status", "received_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_notices_case_id",
                schema: "rescue",
                table: "notices",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notices_status_found_on",
                schema: "rescue",
                table: "notices",
                columns: new[] { "status", "found_on" });

            migrationBuilder.CreateIndex(
                name: "IX_reunion_follow_ups_reunion_id",
                schema: "rescue",
                table: "reunion_follow_ups",
                column: "reunion_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notice_messages",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "reunion_follow_ups",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "notices",
                schema: "rescue");

            migrationBuilder.DropIndex(
                name: "IX_missing_reports_division_code_status",
                schema: "rescue",
                table: "missing_reports");

            migrationBuilder.DropColumn(
                name: "closed_reason",
                schema: "rescue",
                table: "missing_reports");

            migrationBuilder.DropColumn(
                name: "home_place",
                schema: "rescue",
                table: "missing_reports");

            migrationBuilder.DropColumn(
                name: "missing_accent",
                schema: "rescue",
                table: "missing_reports");

            migrationBuilder.DropColumn(
                name: "missing_description",
                schema: "rescue",
                table: "missing_reports");

            migrationBuilder.DropColumn(
                name: "missing_height_cm",
                schema: "rescue",
                table: "missing_reports");

            migrationBuilder.DropColumn(
                name: "recorded_by",
                schema: "rescue",
                table: "missing_reports");
        }
    }
}
