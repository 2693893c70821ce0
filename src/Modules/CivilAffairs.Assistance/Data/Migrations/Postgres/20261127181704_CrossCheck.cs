using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CrossCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "crosscheck_batches",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    rows_read = table.Column<int>(type: "integer", nullable: false),
                    rows_imported = table.Column<int>(type: "integer", nullable: false),
                    rows_rejected = table.Column<int>(type: "integer", nullable: false),
                    rejections_json = table.Column<string>(type: "text", nullable: true),
                    imported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crosscheck_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "crosscheck_items",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    member_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    value = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    counted = table.Column<bool>(type: "boolean", nullable: false),
                    rule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crosscheck_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "crosscheck_records",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false, collation: "C"),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    month = table.Column<DateOnly>(type: "date", nullable: true),
                    line = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crosscheck_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "crosscheck_reports",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    head_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    head_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    household_size = table.Column<int>(type: "integer", nullable: false),
                    report_date = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: false),
                    financial_assets = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    residential_units = table.Column<int>(type: "integer", nullable: false),
                    non_residential_units = table.Column<int>(type: "integer", nullable: false),
                    vehicles = table.Column<int>(type: "integer", nullable: false),
                    business_registrations = table.Column<int>(type: "integer", nullable: false),
                    verified_income = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    breaks_rules = table.Column<bool>(type: "boolean", nullable: false),
                    reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    item_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crosscheck_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "crosscheck_runs",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    report_date = table.Column<DateOnly>(type: "date", nullable: false),
                    households = table.Column<int>(type: "integer", nullable: false),
                    breaking = table.Column<int>(type: "integer", nullable: false),
                    items = table.Column<int>(type: "integer", nullable: false),
                    sources = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    duration_ms = table.Column<long>(type: "bigint", nullable: false),
                    run_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    run_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crosscheck_runs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_batches_sha256",
                schema: "assistance",
                table: "crosscheck_batches",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_batches_source_as_of",
                schema: "assistance",
                table: "crosscheck_batches",
                columns: new[] { "source", "as_of" });

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_items_report_id",
                schema: "assistance",
                table: "crosscheck_items",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_records_id_number",
                schema: "assistance",
                table: "crosscheck_records",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_reports_division_code",
                schema: "assistance",
                table: "crosscheck_reports",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_reports_household_id_report_date",
                schema: "assistance",
                table: "crosscheck_reports",
                columns: new[] { "household_id", "report_date" });

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_reports_run_id",
                schema: "assistance",
                table: "crosscheck_reports",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_runs_run_at_utc",
                schema: "assistance",
                table: "crosscheck_runs",
                column: "run_at_utc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "crosscheck_batches",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "crosscheck_items",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "crosscheck_records",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "crosscheck_reports",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "crosscheck_runs",
                schema: "assistance");
        }
    }
}
