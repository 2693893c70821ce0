using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_monthly_facts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    metric_key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    period = table.Column<int>(type: "INTEGER", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    district_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_monthly_facts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_number_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "reporting_refresh_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    from_period = table.Column<int>(type: "INTEGER", nullable: false),
                    to_period = table.Column<int>(type: "INTEGER", nullable: false),
                    metrics = table.Column<int>(type: "INTEGER", nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    milliseconds = table.Column<long>(type: "INTEGER", nullable: false),
                    started_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    errors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_refresh_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_refresh_states",
                columns: table => new
                {
                    metric_key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    first_period = table.Column<int>(type: "INTEGER", nullable: false),
                    through_period = table.Column<int>(type: "INTEGER", nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_refresh_states", x => x.metric_key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_monthly_facts_metric_key_district_code_period",
                table: "reporting_monthly_facts",
                columns: new[] { "metric_key", "district_code", "period" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_monthly_facts_metric_key_period_division_code",
                table: "reporting_monthly_facts",
                columns: new[] { "metric_key", "period", "division_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_refresh_runs_started_at",
                table: "reporting_refresh_runs",
                column: "started_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_monthly_facts");

            migrationBuilder.DropTable(
                name: "reporting_number_counters");

            migrationBuilder.DropTable(
                name: "reporting_refresh_runs");

            migrationBuilder.DropTable(
                name: "reporting_refresh_states");
        }
    }
}
