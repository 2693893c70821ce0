using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Reporting.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StatReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stat_submissions",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    table_id = table.Column<Guid>(type: "uuid", nullable: false),
                    table_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: false),
                    filled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    filled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reviewed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    submitted_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    returned_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    returned_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stat_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stat_tables",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    form_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    approval_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    period_kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    due_working_days = table.Column<int>(type: "integer", nullable: false),
                    layout = table.Column<string>(type: "text", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stat_tables", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_stat_submissions_division_code",
                schema: "reporting",
                table: "stat_submissions",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_stat_submissions_table_id_period_division_code",
                schema: "reporting",
                table: "stat_submissions",
                columns: new[] { "table_id", "period", "division_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stat_tables_code",
                schema: "reporting",
                table: "stat_tables",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stat_submissions",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "stat_tables",
                schema: "reporting");
        }
    }
}
