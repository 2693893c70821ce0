using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialOrgs.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "complaints",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    subject_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject_place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    complainant_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    complainant_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    assigned_to = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    substantiated = table.Column<bool>(type: "boolean", nullable: true),
                    result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    replied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reply_due = table.Column<DateOnly>(type: "date", nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_complaints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_cases",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    subject_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject_place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    illegal_organization = table.Column<bool>(type: "boolean", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    source_ref = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    facts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    proposed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    proposed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    filed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision_due = table.Column<DateOnly>(type: "date", nullable: true),
                    investigators = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    proposed_outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    proposed_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    hearing_right = table.Column<bool>(type: "boolean", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    suspension_months = table.Column<int>(type: "integer", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    parameters_used = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    credit_entries = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    inspected_on = table.Column<DateOnly>(type: "date", nullable: false),
                    inspectors = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rectify_by = table.Column<DateOnly>(type: "date", nullable: true),
                    rectified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "party_census_reports",
                schema: "socialorgs",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    party_organizations = table.Column<int>(type: "integer", nullable: false),
                    members = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_party_census_reports", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "party_service_centres",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    host = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    host_organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    services = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    visits_per_year = table.Column<int>(type: "integer", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_party_service_centres", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "party_units",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    party_members = table.Column<int>(type: "integer", nullable: false),
                    form = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    party_org_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    established_on = table.Column<DateOnly>(type: "date", nullable: true),
                    secretary = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    superior = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    instructor = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    updated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_party_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "self_regulation_pilots",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    batch_year = table.Column<int>(type: "integer", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_regulation_pilots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_case_steps",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_case_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_enforcement_case_steps_enforcement_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "socialorgs",
                        principalTable: "enforcement_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_division_code_received_on",
                schema: "socialorgs",
                table: "complaints",
                columns: new[] { "division_code", "received_on" });

            migrationBuilder.CreateIndex(
                name: "IX_complaints_number",
                schema: "socialorgs",
                table: "complaints",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_steps_case_id_on",
                schema: "socialorgs",
                table: "enforcement_case_steps",
                columns: new[] { "case_id", "on" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_division_code_status",
                schema: "socialorgs",
                table: "enforcement_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_number",
                schema: "socialorgs",
                table: "enforcement_cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_organization_id_decided_on",
                schema: "socialorgs",
                table: "enforcement_cases",
                columns: new[] { "organization_id", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_number",
                schema: "socialorgs",
                table: "inspections",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_organization_id_inspected_on",
                schema: "socialorgs",
                table: "inspections",
                columns: new[] { "organization_id", "inspected_on" });

            migrationBuilder.CreateIndex(
                name: "IX_party_units_organization_id",
                schema: "socialorgs",
                table: "party_units",
                column: "organization_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_self_regulation_pilots_organization_id_batch_year",
                schema: "socialorgs",
                table: "self_regulation_pilots",
                columns: new[] { "organization_id", "batch_year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaints",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "enforcement_case_steps",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "party_census_reports",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "party_service_centres",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "party_units",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "self_regulation_pilots",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "enforcement_cases",
                schema: "socialorgs");
        }
    }
}
