using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Community.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MicroProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "community_micro_project_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    parameters = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_micro_project_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "community_micro_project_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_days = table.Column<int>(type: "INTEGER", nullable: false),
                    published_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_micro_project_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "community_micro_projects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    community_name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    theme = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    proposer_kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    proposer_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    proposer_count = table.Column<int>(type: "INTEGER", nullable: true),
                    beneficiaries = table.Column<int>(type: "INTEGER", nullable: false),
                    budget = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    city_share = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    city_amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    district_amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    cap_applied = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    envelope_applied = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    envelope_used_before = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    stage_since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    proposed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    meeting_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    attendees = table.Column<int>(type: "INTEGER", nullable: true),
                    votes_for = table.Column<int>(type: "INTEGER", nullable: true),
                    votes_against = table.Column<int>(type: "INTEGER", nullable: true),
                    votes_abstain = table.Column<int>(type: "INTEGER", nullable: true),
                    vote_pass_ratio = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    approved_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    procurement_method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    supplier_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    supplier_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    contract_amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    contract_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    planned_end_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    acceptance_result = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    acceptance_amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    acceptance_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_micro_projects", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_community_micro_project_events_project_id",
                table: "community_micro_project_events",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_community_micro_project_notices_division_code_starts_on",
                table: "community_micro_project_notices",
                columns: new[] { "division_code", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "IX_community_micro_project_notices_project_id",
                table: "community_micro_project_notices",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_community_micro_projects_division_code_year",
                table: "community_micro_projects",
                columns: new[] { "division_code", "year" });

            migrationBuilder.CreateIndex(
                name: "IX_community_micro_projects_number",
                table: "community_micro_projects",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_community_micro_projects_year_stage",
                table: "community_micro_projects",
                columns: new[] { "year", "stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_micro_project_events");

            migrationBuilder.DropTable(
                name: "community_micro_project_notices");

            migrationBuilder.DropTable(
                name: "community_micro_projects");
        }
    }
}
