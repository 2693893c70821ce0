using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialOrgs.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Annual : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_reports",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    authority_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    org_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    individual_members = table.Column<int>(type: "integer", nullable: false),
                    unit_members = table.Column<int>(type: "integer", nullable: false),
                    full_time_staff = table.Column<int>(type: "integer", nullable: false),
                    council_meetings = table.Column<int>(type: "integer", nullable: false),
                    general_meetings = table.Column<int>(type: "integer", nullable: false),
                    activities_summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    income_total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    expenditure_total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    charitable_expenditure = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    staff_and_admin_costs = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    prior_year_income = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    prior_year_fund_balance = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    net_assets = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    major_changes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    self_declared_breaches = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    return_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    return_count = table.Column<int>(type: "integer", nullable: false),
                    result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    breaches = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    graded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    graded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ratio_checks = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ratio_failed = table.Column<bool>(type: "boolean", nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rectification = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rectify_by = table.Column<DateOnly>(type: "date", nullable: true),
                    rectification_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rectification_reported_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rectification_closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rectification_closed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "annual_sanction_proposals",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    authority_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    years = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    proposed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    proposed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    handed_to_enforcement = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_sanction_proposals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_number",
                schema: "socialorgs",
                table: "annual_reports",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_organization_id_year",
                schema: "socialorgs",
                table: "annual_reports",
                columns: new[] { "organization_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_reports_year_status_authority_code",
                schema: "socialorgs",
                table: "annual_reports",
                columns: new[] { "year", "status", "authority_code" });

            migrationBuilder.CreateIndex(
                name: "IX_annual_sanction_proposals_organization_id_year",
                schema: "socialorgs",
                table: "annual_sanction_proposals",
                columns: new[] { "organization_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_annual_sanction_proposals_status_authority_code",
                schema: "socialorgs",
                table: "annual_sanction_proposals",
                columns: new[] { "status", "authority_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_reports",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "annual_sanction_proposals",
                schema: "socialorgs");
        }
    }
}
