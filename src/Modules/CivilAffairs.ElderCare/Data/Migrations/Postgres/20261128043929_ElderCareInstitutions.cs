using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ElderCareInstitutions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "admissions",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    bed_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    admitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    care_level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    fee_payer = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    discharged_on = table.Column<DateOnly>(type: "date", nullable: true),
                    discharge_reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    discharge_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bed_changes",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    bed_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    delta = table.Column<int>(type: "integer", nullable: false),
                    changed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subsidy_application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bed_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_contracts",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    clinic_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    services = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_contracts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "institution_status_changes",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    from = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    to = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institution_status_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "institution_subsidies",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    calculation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    applied_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    applied_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institution_subsidies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "institution_subsidy_counters",
                schema: "eldercare",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institution_subsidy_counters", x => x.year);
                });

            migrationBuilder.CreateIndex(
                name: "IX_admissions_institution_code_discharged_on",
                schema: "eldercare",
                table: "admissions",
                columns: new[] { "institution_code", "discharged_on" });

            migrationBuilder.CreateIndex(
                name: "ux_admissions_open_person",
                schema: "eldercare",
                table: "admissions",
                column: "id_number",
                unique: true,
                filter: "discharged_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_bed_changes_institution_code_changed_on",
                schema: "eldercare",
                table: "bed_changes",
                columns: new[] { "institution_code", "changed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_bed_changes_subsidy_application_id",
                schema: "eldercare",
                table: "bed_changes",
                column: "subsidy_application_id");

            migrationBuilder.CreateIndex(
                name: "IX_clinic_contracts_institution_code",
                schema: "eldercare",
                table: "clinic_contracts",
                column: "institution_code");

            migrationBuilder.CreateIndex(
                name: "IX_institution_status_changes_institution_code",
                schema: "eldercare",
                table: "institution_status_changes",
                column: "institution_code");

            migrationBuilder.CreateIndex(
                name: "IX_institution_subsidies_number",
                schema: "eldercare",
                table: "institution_subsidies",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_institution_subsidies_month",
                schema: "eldercare",
                table: "institution_subsidies",
                columns: new[] { "institution_code", "month" },
                unique: true,
                filter: "month IS NOT NULL AND status <> 'Refused'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "admissions",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "bed_changes",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "clinic_contracts",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "institution_status_changes",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "institution_subsidies",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "institution_subsidy_counters",
                schema: "eldercare");
        }
    }
}
