using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Community.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MicroProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "micro_project_events",
                schema: "community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    parameters = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_micro_project_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "micro_project_notices",
                schema: "community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    period_days = table.Column<int>(type: "integer", nullable: false),
                    published_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_micro_project_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "micro_projects",
                schema: "community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    community_name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    type = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    theme = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    proposer_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    proposer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    proposer_count = table.Column<int>(type: "integer", nullable: true),
                    beneficiaries = table.Column<int>(type: "integer", nullable: false),
                    budget = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    city_share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    city_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    district_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    cap_applied = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    envelope_applied = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    envelope_used_before = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    stage_since = table.Column<DateOnly>(type: "date", nullable: false),
                    proposed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    meeting_on = table.Column<DateOnly>(type: "date", nullable: true),
                    attendees = table.Column<int>(type: "integer", nullable: true),
                    votes_for = table.Column<int>(type: "integer", nullable: true),
                    votes_against = table.Column<int>(type: "integer", nullable: true),
                    votes_abstain = table.Column<int>(type: "integer", nullable: true),
                    vote_pass_ratio = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    approved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    procurement_method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    supplier_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    supplier_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    contract_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    contract_on = table.Column<DateOnly>(type: "date", nullable: true),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    planned_end_on = table.Column<DateOnly>(type: "date", nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    acceptance_result = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    acceptance_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    acceptance_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_micro_projects", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_micro_project_events_project_id",
                schema: "community",
                table: "micro_project_events",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_micro_project_notices_division_code_starts_on",
                schema: "community",
                table: "micro_project_notices",
                columns: new[] { "division_code", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "IX_micro_project_notices_project_id",
                schema: "community",
                table: "micro_project_notices",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_micro_projects_division_code_year",
                schema: "community",
                table: "micro_projects",
                columns: new[] { "division_code", "year" });

            migrationBuilder.CreateIndex(
                name: "IX_micro_projects_number",
                schema: "community",
                table: "micro_projects",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_micro_projects_year_stage",
                schema: "community",
                table: "micro_projects",
                columns: new[] { "year", "stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "micro_project_events",
                schema: "community");

            migrationBuilder.DropTable(
                name: "micro_project_notices",
                schema: "community");

            migrationBuilder.DropTable(
                name: "micro_projects",
                schema: "community");
        }
    }
}
