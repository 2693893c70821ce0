using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Community.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "community");

            migrationBuilder.CreateTable(
                name: "begging_patrols",
                schema: "community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    patrol_on = table.Column<DateOnly>(type: "date", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    route = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    team_size = table.Column<int>(type: "integer", nullable: false),
                    persons_found = table.Column<int>(type: "integer", nullable: false),
                    persons_to_station = table.Column<int>(type: "integer", nullable: false),
                    handed_to_police = table.Column<int>(type: "integer", nullable: false),
                    notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_begging_patrols", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "honours",
                schema: "community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    unit_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    awarding_body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    awarded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    review_on = table.Column<DateOnly>(type: "date", nullable: true),
                    document_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    revoke_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_honours", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "integrity_leads",
                schema: "community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    subject_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    subject_position = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    verify_due = table.Column<DateOnly>(type: "date", nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    handed_over_on = table.Column<DateOnly>(type: "date", nullable: true),
                    receiving_unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrity_leads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "member_removals",
                schema: "community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    community_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    member_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    member_id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    position = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    grounds = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    grounds_detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    proposed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    proposed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    meeting = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    meeting_on = table.Column<DateOnly>(type: "date", nullable: false),
                    eligible = table.Column<int>(type: "integer", nullable: false),
                    attended = table.Column<int>(type: "integer", nullable: false),
                    votes_for = table.Column<int>(type: "integer", nullable: false),
                    votes_against = table.Column<int>(type: "integer", nullable: false),
                    abstained = table.Column<int>(type: "integer", nullable: false),
                    attendance_needed = table.Column<int>(type: "integer", nullable: false),
                    votes_needed = table.Column<int>(type: "integer", nullable: false),
                    vote_passed = table.Column<bool>(type: "boolean", nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    lead_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_member_removals", x => x.id);
                });

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

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "community",
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
                name: "work_methods",
                schema: "community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    community_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    full_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    tags = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    honour_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    status_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_methods", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "integrity_lead_steps",
                schema: "community",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    lead_id = table.Column<Guid>(type: "uuid", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrity_lead_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_integrity_lead_steps_integrity_leads_lead_id",
                        column: x => x.lead_id,
                        principalSchema: "community",
                        principalTable: "integrity_leads",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_begging_patrols_division_code_patrol_on",
                schema: "community",
                table: "begging_patrols",
                columns: new[] { "division_code", "patrol_on" });

            migrationBuilder.CreateIndex(
                name: "IX_begging_patrols_patrol_on",
                schema: "community",
                table: "begging_patrols",
                column: "patrol_on");

            migrationBuilder.CreateIndex(
                name: "IX_honours_division_code_awarded_on",
                schema: "community",
                table: "honours",
                columns: new[] { "division_code", "awarded_on" });

            migrationBuilder.CreateIndex(
                name: "IX_honours_number",
                schema: "community",
                table: "honours",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integrity_lead_steps_lead_id_on",
                schema: "community",
                table: "integrity_lead_steps",
                columns: new[] { "lead_id", "on" });

            migrationBuilder.CreateIndex(
                name: "IX_integrity_leads_division_code_received_on",
                schema: "community",
                table: "integrity_leads",
                columns: new[] { "division_code", "received_on" });

            migrationBuilder.CreateIndex(
                name: "IX_integrity_leads_number",
                schema: "community",
                table: "integrity_leads",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_member_removals_division_code_proposed_on",
                schema: "community",
                table: "member_removals",
                columns: new[] { "division_code", "proposed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_member_removals_number",
                schema: "community",
                table: "member_removals",
                column: "number",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_work_methods_division_code_year",
                schema: "community",
                table: "work_methods",
                columns: new[] { "division_code", "year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "begging_patrols",
                schema: "community");

            migrationBuilder.DropTable(
                name: "honours",
                schema: "community");

            migrationBuilder.DropTable(
                name: "integrity_lead_steps",
                schema: "community");

            migrationBuilder.DropTable(
                name: "member_removals",
                schema: "community");

            migrationBuilder.DropTable(
                name: "micro_project_events",
                schema: "community");

            migrationBuilder.DropTable(
                name: "micro_project_notices",
                schema: "community");

            migrationBuilder.DropTable(
                name: "micro_projects",
                schema: "community");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "community");

            migrationBuilder.DropTable(
                name: "work_methods",
                schema: "community");

            migrationBuilder.DropTable(
                name: "integrity_leads",
                schema: "community");
        }
    }
}
