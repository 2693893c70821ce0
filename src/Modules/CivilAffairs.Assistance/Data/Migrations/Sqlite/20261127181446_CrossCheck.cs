using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CrossCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assistance_crosscheck_batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    rows_read = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_imported = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    rejections_json = table.Column<string>(type: "TEXT", nullable: true),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_crosscheck_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_crosscheck_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    member_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    unit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    counted = table.Column<bool>(type: "INTEGER", nullable: false),
                    rule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_crosscheck_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_crosscheck_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_crosscheck_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_crosscheck_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    household_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    household_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    head_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    head_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    household_size = table.Column<int>(type: "INTEGER", nullable: false),
                    report_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    financial_assets = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    residential_units = table.Column<int>(type: "INTEGER", nullable: false),
                    non_residential_units = table.Column<int>(type: "INTEGER", nullable: false),
                    vehicles = table.Column<int>(type: "INTEGER", nullable: false),
                    business_registrations = table.Column<int>(type: "INTEGER", nullable: false),
                    verified_income = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    breaks_rules = table.Column<bool>(type: "INTEGER", nullable: false),
                    reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    item_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_crosscheck_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_crosscheck_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    jurisdiction = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    report_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    households = table.Column<int>(type: "INTEGER", nullable: false),
                    breaking = table.Column<int>(type: "INTEGER", nullable: false),
                    items = table.Column<int>(type: "INTEGER", nullable: false),
                    sources = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    duration_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    run_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    run_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_crosscheck_runs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_batches_sha256",
                table: "assistance_crosscheck_batches",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_batches_source_as_of",
                table: "assistance_crosscheck_batches",
                columns: new[] { "source", "as_of" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_items_report_id",
                table: "assistance_crosscheck_items",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_records_id_number",
                table: "assistance_crosscheck_records",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_reports_division_code",
                table: "assistance_crosscheck_reports",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_reports_household_id_report_date",
                table: "assistance_crosscheck_reports",
                columns: new[] { "household_id", "report_date" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_reports_run_id",
                table: "assistance_crosscheck_reports",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_runs_run_at_utc",
                table: "assistance_crosscheck_runs",
                column: "run_at_utc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_crosscheck_batches");

            migrationBuilder.DropTable(
                name: "assistance_crosscheck_items");

            migrationBuilder.DropTable(
                name: "assistance_crosscheck_records");

            migrationBuilder.DropTable(
                name: "assistance_crosscheck_reports");

            migrationBuilder.DropTable(
                name: "assistance_crosscheck_runs");
        }
    }
}
