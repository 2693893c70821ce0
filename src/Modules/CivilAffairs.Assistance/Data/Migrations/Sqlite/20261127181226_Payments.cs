using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assistance_payment_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    programme = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    payee_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    payee_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    bank_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    household_size = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    bank_reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    inputs_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    reissued_in_run_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_payment_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_payment_reconciliations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    file_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    paid = table.Column<int>(type: "INTEGER", nullable: false),
                    failed = table.Column<int>(type: "INTEGER", nullable: false),
                    unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    unmatched_json = table.Column<string>(type: "TEXT", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_payment_reconciliations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_payment_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to_month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    cursor = table.Column<Guid>(type: "TEXT", nullable: true),
                    batches = table.Column<int>(type: "INTEGER", nullable: false),
                    households = table.Column<int>(type: "INTEGER", nullable: false),
                    persons = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    exceptions = table.Column<int>(type: "INTEGER", nullable: false),
                    parameters_json = table.Column<string>(type: "TEXT", nullable: false),
                    prepared_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    computed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    released_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    released_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    cancelled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    cancel_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_payment_runs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_payment_lines_run_id_division_code",
                table: "assistance_payment_lines",
                columns: new[] { "run_id", "division_code" });

            migrationBuilder.CreateIndex(
                name: "ux_payment_lines_regular_month",
                table: "assistance_payment_lines",
                columns: new[] { "enrolment_id", "month", "kind" },
                unique: true,
                filter: "kind = 'Regular'");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_payment_reconciliations_run_id_file_hash",
                table: "assistance_payment_reconciliations",
                columns: new[] { "run_id", "file_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_payment_runs_division_code",
                table: "assistance_payment_runs",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "ux_payment_runs_regular_scope",
                table: "assistance_payment_runs",
                columns: new[] { "kind", "month", "division_code" },
                unique: true,
                filter: "kind = 'Regular' AND status <> 'Cancelled'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_payment_lines");

            migrationBuilder.DropTable(
                name: "assistance_payment_reconciliations");

            migrationBuilder.DropTable(
                name: "assistance_payment_runs");
        }
    }
}
