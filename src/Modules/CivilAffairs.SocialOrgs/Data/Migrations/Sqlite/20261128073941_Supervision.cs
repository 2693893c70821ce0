using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialOrgs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "socialorgs_complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    subject_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    subject_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    complainant_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    complainant_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    assigned_to = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    substantiated = table.Column<bool>(type: "INTEGER", nullable: true),
                    result = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    replied_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    reply_due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_complaints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_enforcement_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    subject_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    subject_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    illegal_organization = table.Column<bool>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source_ref = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    proposed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    proposed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    filed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decision_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    investigators = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    proposed_outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    proposed_amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    hearing_right = table.Column<bool>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    suspension_months = table.Column<int>(type: "INTEGER", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    credit_entries = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_enforcement_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    inspected_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    inspectors = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rectify_by = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    rectified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_party_census_reports",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    party_organizations = table.Column<int>(type: "INTEGER", nullable: false),
                    members = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_party_census_reports", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_party_service_centres",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    host = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    host_organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    services = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    visits_per_year = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_party_service_centres", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_party_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    party_members = table.Column<int>(type: "INTEGER", nullable: false),
                    form = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    party_org_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    established_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    secretary = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    superior = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    instructor = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    updated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_party_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_self_regulation_pilots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    batch_year = table.Column<int>(type: "INTEGER", nullable: false),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_self_regulation_pilots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_enforcement_case_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    step = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_enforcement_case_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_socialorgs_enforcement_case_steps_socialorgs_enforcement_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "socialorgs_enforcement_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_complaints_division_code_received_on",
                table: "socialorgs_complaints",
                columns: new[] { "division_code", "received_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_complaints_number",
                table: "socialorgs_complaints",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_enforcement_case_steps_case_id_on",
                table: "socialorgs_enforcement_case_steps",
                columns: new[] { "case_id", "on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_enforcement_cases_division_code_status",
                table: "socialorgs_enforcement_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_enforcement_cases_number",
                table: "socialorgs_enforcement_cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_enforcement_cases_organization_id_decided_on",
                table: "socialorgs_enforcement_cases",
                columns: new[] { "organization_id", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_inspections_number",
                table: "socialorgs_inspections",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_inspections_organization_id_inspected_on",
                table: "socialorgs_inspections",
                columns: new[] { "organization_id", "inspected_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_party_units_organization_id",
                table: "socialorgs_party_units",
                column: "organization_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_self_regulation_pilots_organization_id_batch_year",
                table: "socialorgs_self_regulation_pilots",
                columns: new[] { "organization_id", "batch_year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "socialorgs_complaints");

            migrationBuilder.DropTable(
                name: "socialorgs_enforcement_case_steps");

            migrationBuilder.DropTable(
                name: "socialorgs_inspections");

            migrationBuilder.DropTable(
                name: "socialorgs_party_census_reports");

            migrationBuilder.DropTable(
                name: "socialorgs_party_service_centres");

            migrationBuilder.DropTable(
                name: "socialorgs_party_units");

            migrationBuilder.DropTable(
                name: "socialorgs_self_regulation_pilots");

            migrationBuilder.DropTable(
                name: "socialorgs_enforcement_cases");
        }
    }
}
