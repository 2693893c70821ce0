using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rescue_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    estimated_age = table.Column<int>(type: "INTEGER", nullable: true),
                    height_cm = table.Column<int>(type: "INTEGER", nullable: true),
                    found_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    found_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    accent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    admitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    closed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rescue_missing_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    missing_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    missing_sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    missing_birth_year = table.Column<int>(type: "INTEGER", nullable: true),
                    missing_since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    missing_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    reporter_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reporter_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reporter_relationship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_missing_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rescue_case_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    taken_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    is_primary = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_case_photos", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_case_photos_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_match_candidates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    score = table.Column<double>(type: "REAL", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    found_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reviewed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    review_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_match_candidates", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_match_candidates_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_reunions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reunited_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    who_came = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    follow_up = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_reunions", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_reunions_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_case_photos_case_id",
                table: "rescue_case_photos",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_cases_case_number",
                table: "rescue_cases",
                column: "case_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_cases_division_code_status",
                table: "rescue_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_match_candidates_case_id_report_id_source_relationship",
                table: "rescue_match_candidates",
                columns: new[] { "case_id", "report_id", "source", "relationship" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_match_candidates_status_source",
                table: "rescue_match_candidates",
                columns: new[] { "status", "source" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_missing_reports_report_number",
                table: "rescue_missing_reports",
                column: "report_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_reunions_case_id",
                table: "rescue_reunions",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_reunions_division_code_reunited_on",
                table: "rescue_reunions",
                columns: new[] { "division_code", "reunited_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rescue_case_photos");

            migrationBuilder.DropTable(
                name: "rescue_match_candidates");

            migrationBuilder.DropTable(
                name: "rescue_missing_reports");

            migrationBuilder.DropTable(
                name: "rescue_reunions");

            migrationBuilder.DropTable(
                name: "rescue_cases");
        }
    }
}
