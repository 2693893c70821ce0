using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CivilAffairs.Reporting.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reporting");

            migrationBuilder.CreateTable(
                name: "monthly_facts",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    metric_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    period = table.Column<int>(type: "integer", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monthly_facts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "reporting",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "refresh_runs",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    from_period = table.Column<int>(type: "integer", nullable: false),
                    to_period = table.Column<int>(type: "integer", nullable: false),
                    metrics = table.Column<int>(type: "integer", nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    milliseconds = table.Column<long>(type: "bigint", nullable: false),
                    started_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    errors = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refresh_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "refresh_states",
                schema: "reporting",
                columns: table => new
                {
                    metric_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    first_period = table.Column<int>(type: "integer", nullable: false),
                    through_period = table.Column<int>(type: "integer", nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refresh_states", x => x.metric_key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monthly_facts_metric_key_district_code_period",
                schema: "reporting",
                table: "monthly_facts",
                columns: new[] { "metric_key", "district_code", "period" });

            migrationBuilder.CreateIndex(
                name: "IX_monthly_facts_metric_key_period_division_code",
                schema: "reporting",
                table: "monthly_facts",
                columns: new[] { "metric_key", "period", "division_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_refresh_runs_started_at",
                schema: "reporting",
                table: "refresh_runs",
                column: "started_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monthly_facts",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "refresh_runs",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "refresh_states",
                schema: "reporting");
        }
    }
}
