using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ElderCareInstitutions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "eldercare_admissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    bed_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    admitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    care_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    fee_payer = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    discharged_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    discharge_reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    discharge_note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_admissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_bed_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    bed_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    delta = table.Column<int>(type: "INTEGER", nullable: false),
                    changed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    subsidy_application_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_bed_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_clinic_contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    clinic_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    services = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_clinic_contracts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_institution_status_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    to = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_institution_status_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_institution_subsidies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    calculation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    applied_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    applied_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_institution_subsidies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_institution_subsidy_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_institution_subsidy_counters", x => x.year);
                });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_admissions_institution_code_discharged_on",
                table: "eldercare_admissions",
                columns: new[] { "institution_code", "discharged_on" });

            migrationBuilder.CreateIndex(
                name: "ux_admissions_open_person",
                table: "eldercare_admissions",
                column: "id_number",
                unique: true,
                filter: "discharged_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_bed_changes_institution_code_changed_on",
                table: "eldercare_bed_changes",
                columns: new[] { "institution_code", "changed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_bed_changes_subsidy_application_id",
                table: "eldercare_bed_changes",
                column: "subsidy_application_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_clinic_contracts_institution_code",
                table: "eldercare_clinic_contracts",
                column: "institution_code");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_institution_status_changes_institution_code",
                table: "eldercare_institution_status_changes",
                column: "institution_code");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_institution_subsidies_number",
                table: "eldercare_institution_subsidies",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_institution_subsidies_month",
                table: "eldercare_institution_subsidies",
                columns: new[] { "institution_code", "month" },
                unique: true,
                filter: "month IS NOT NULL AND status <> 'Refused'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "eldercare_admissions");

            migrationBuilder.DropTable(
                name: "eldercare_bed_changes");

            migrationBuilder.DropTable(
                name: "eldercare_clinic_contracts");

            migrationBuilder.DropTable(
                name: "eldercare_institution_status_changes");

            migrationBuilder.DropTable(
                name: "eldercare_institution_subsidies");

            migrationBuilder.DropTable(
                name: "eldercare_institution_subsidy_counters");
        }
    }
}
