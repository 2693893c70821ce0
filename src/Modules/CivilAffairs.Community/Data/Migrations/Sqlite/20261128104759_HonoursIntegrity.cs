using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Community.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HonoursIntegrity : Migration
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
                name: "community_work_methods");

            migrationBuilder.DropTable(
                name: "community_integrity_leads");
        }
    }
}
