using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Community.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "community_begging_patrols",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    patrol_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    route = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    team_size = table.Column<int>(type: "INTEGER", nullable: false),
                    persons_found = table.Column<int>(type: "INTEGER", nullable: false),
                    persons_to_station = table.Column<int>(type: "INTEGER", nullable: false),
                    handed_to_police = table.Column<int>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_begging_patrols", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "community_honours",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    unit_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    awarding_body = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    awarded_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    review_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    revoked_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    revoke_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_honours", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "community_integrity_leads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    subject_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    subject_position = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    verify_due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    handed_over_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    receiving_unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_integrity_leads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "community_member_removals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    community_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    member_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    member_id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    position = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    grounds = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    grounds_detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    proposed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    proposed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    meeting = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    meeting_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    eligible = table.Column<int>(type: "INTEGER", nullable: false),
                    attended = table.Column<int>(type: "INTEGER", nullable: false),
                    votes_for = table.Column<int>(type: "INTEGER", nullable: false),
                    votes_against = table.Column<int>(type: "INTEGER", nullable: false),
                    abstained = table.Column<int>(type: "INTEGER", nullable: false),
                    attendance_needed = table.Column<int>(type: "INTEGER", nullable: false),
                    votes_needed = table.Column<int>(type: "INTEGER", nullable: false),
                    vote_passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decision_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    lead_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_member_removals", x => x.id);
                });

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

            migrationBuilder.CreateTable(
                name: "community_number_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "community_work_methods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    community_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    full_text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    tags = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    honour_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    status_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_work_methods", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "community_integrity_lead_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lead_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_community_integrity_lead_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_community_integrity_lead_steps_community_integrity_leads_lead_id",
                        column: x => x.lead_id,
                        principalTable: "community_integrity_leads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_community_begging_patrols_division_code_patrol_on",
                table: "community_begging_patrols",
                columns: new[] { "division_code", "patrol_on" });

            migrationBuilder.CreateIndex(
                name: "IX_community_begging_patrols_patrol_on",
                table: "community_begging_patrols",
                column: "patrol_on");

            migrationBuilder.CreateIndex(
                name: "IX_community_honours_division_code_awarded_on",
                table: "community_honours",
                columns: new[] { "division_code", "awarded_on" });

            migrationBuilder.CreateIndex(
                name: "IX_community_honours_number",
                table: "community_honours",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_community_integrity_lead_steps_lead_id_on",
                table: "community_integrity_lead_steps",
                columns: new[] { "lead_id", "on" });

            migrationBuilder.CreateIndex(
                name: "IX_community_integrity_leads_division_code_received_on",
                table: "community_integrity_leads",
                columns: new[] { "division_code", "received_on" });

            migrationBuilder.CreateIndex(
                name: "IX_community_integrity_leads_number",
                table: "community_integrity_leads",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_community_member_removals_division_code_proposed_on",
                table: "community_member_removals",
                columns: new[] { "division_code", "proposed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_community_member_removals_number",
                table: "community_member_removals",
                column: "number",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_community_work_methods_division_code_year",
                table: "community_work_methods",
                columns: new[] { "division_code", "year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_begging_patrols");

            migrationBuilder.DropTable(
                name: "community_honours");

            migrationBuilder.DropTable(
                name: "community_integrity_lead_steps");

            migrationBuilder.DropTable(
                name: "community_member_removals");

            migrationBuilder.DropTable(
                name: "community_micro_project_events");

            migrationBuilder.DropTable(
                name: "community_micro_project_notices");

            migrationBuilder.DropTable(
                name: "community_micro_projects");

            migrationBuilder.DropTable(
                name: "community_number_counters");

            migrationBuilder.DropTable(
                name: "community_work_methods");

            migrationBuilder.DropTable(
                name: "community_integrity_leads");
        }
    }
}
