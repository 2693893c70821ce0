using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialOrgs.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registration_applications",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    authority_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: true),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    supervising_unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    is_industry_association = table.Column<bool>(type: "boolean", nullable: false),
                    legal_representative = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    new_division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    business_scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    individual_members = table.Column<int>(type: "integer", nullable: true),
                    unit_members = table.Column<int>(type: "integer", nullable: true),
                    funds = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    public_fundraising = table.Column<bool>(type: "boolean", nullable: false),
                    org_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    threshold_basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    liquidation_report_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    filed_by_organization = table.Column<bool>(type: "boolean", nullable: false),
                    filed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    accepted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    review_opinion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    returned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    resume_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    paused_working_days = table.Column<int>(type: "integer", nullable: false),
                    paused_days = table.Column<int>(type: "integer", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    statutory_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deadline_basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_imports",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    added = table.Column<int>(type: "integer", nullable: false),
                    updated = table.Column<int>(type: "integer", nullable: false),
                    warnings = table.Column<int>(type: "integer", nullable: false),
                    errors = table.Column<int>(type: "integer", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_imports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_division_code_status",
                schema: "socialorgs",
                table: "registration_applications",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_number",
                schema: "socialorgs",
                table: "registration_applications",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_applications_organization_id",
                schema: "socialorgs",
                table: "registration_applications",
                column: "organization_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_applications",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "registry_imports",
                schema: "socialorgs");
        }
    }
}
