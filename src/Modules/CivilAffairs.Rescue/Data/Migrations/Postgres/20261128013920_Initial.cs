using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "rescue");

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    estimated_age = table.Column<int>(type: "integer", nullable: true),
                    height_cm = table.Column<int>(type: "integer", nullable: true),
                    found_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    found_place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    accent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    admitted_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    closed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "missing_reports",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    missing_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    missing_sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    missing_birth_year = table.Column<int>(type: "integer", nullable: true),
                    missing_since = table.Column<DateOnly>(type: "date", nullable: true),
                    missing_place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reporter_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reporter_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reporter_relationship = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reported_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_missing_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_photos",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    taken_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    is_primary = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_photos", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_photos_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "match_candidates",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    relationship = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    found_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reviewed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    review_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_candidates", x => x.id);
                    table.ForeignKey(
                        name: "FK_match_candidates_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reunions",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reunited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    who_came = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    follow_up = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reunions", x => x.id);
                    table.ForeignKey(
                        name: "FK_reunions_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_photos_case_id",
                schema: "rescue",
                table: "case_photos",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_number",
                schema: "rescue",
                table: "cases",
                column: "case_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_division_code_status",
                schema: "rescue",
                table: "cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_match_candidates_case_id_report_id_source_relationship",
                schema: "rescue",
                table: "match_candidates",
                columns: new[] { "case_id", "report_id", "source", "relationship" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_match_candidates_status_source",
                schema: "rescue",
                table: "match_candidates",
                columns: new[] { "status", "source" });

            migrationBuilder.CreateIndex(
                name: "IX_missing_reports_report_number",
                schema: "rescue",
                table: "missing_reports",
                column: "report_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reunions_case_id",
                schema: "rescue",
                table: "reunions",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reunions_division_code_reunited_on",
                schema: "rescue",
                table: "reunions",
                columns: new[] { "division_code", "reunited_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_photos",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "match_candidates",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "missing_reports",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "reunions",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "rescue");
        }
    }
}
