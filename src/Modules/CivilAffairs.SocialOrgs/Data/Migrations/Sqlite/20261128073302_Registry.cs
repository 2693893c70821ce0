using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialOrgs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "socialorgs_registration_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    authority_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    supervising_unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    is_industry_association = table.Column<bool>(type: "INTEGER", nullable: false),
                    legal_representative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    new_division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    business_scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    individual_members = table.Column<int>(type: "INTEGER", nullable: true),
                    unit_members = table.Column<int>(type: "INTEGER", nullable: true),
                    funds = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    public_fundraising = table.Column<bool>(type: "INTEGER", nullable: false),
                    org_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    threshold_basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    liquidation_report_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    filed_by_organization = table.Column<bool>(type: "INTEGER", nullable: false),
                    filed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    accepted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reviewed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    review_opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    returned_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    resume_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    paused_working_days = table.Column<int>(type: "INTEGER", nullable: false),
                    paused_days = table.Column<int>(type: "INTEGER", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    statutory_due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    deadline_basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_registration_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_registry_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    added = table.Column<int>(type: "INTEGER", nullable: false),
                    updated = table.Column<int>(type: "INTEGER", nullable: false),
                    warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    errors = table.Column<int>(type: "INTEGER", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_registry_imports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_registration_applications_division_code_status",
                table: "socialorgs_registration_applications",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_registration_applications_number",
                table: "socialorgs_registration_applications",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_registration_applications_organization_id",
                table: "socialorgs_registration_applications",
                column: "organization_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "socialorgs_registration_applications");

            migrationBuilder.DropTable(
                name: "socialorgs_registry_imports");
        }
    }
}
