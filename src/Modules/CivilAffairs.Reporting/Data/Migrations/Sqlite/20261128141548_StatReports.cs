using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StatReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_stat_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    table_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    table_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    notes = table.Column<string>(type: "TEXT", nullable: false),
                    filled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    filled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reviewed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    returned_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    returned_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_stat_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_stat_tables",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    form_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    approval_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    period_kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    due_working_days = table.Column<int>(type: "INTEGER", nullable: false),
                    layout = table.Column<string>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_stat_tables", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_stat_submissions_division_code",
                table: "reporting_stat_submissions",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_stat_submissions_table_id_period_division_code",
                table: "reporting_stat_submissions",
                columns: new[] { "table_id", "period", "division_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_stat_tables_code",
                table: "reporting_stat_tables",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_stat_submissions");

            migrationBuilder.DropTable(
                name: "reporting_stat_tables");
        }
    }
}
