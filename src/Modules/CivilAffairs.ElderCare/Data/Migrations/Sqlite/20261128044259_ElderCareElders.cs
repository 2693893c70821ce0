using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ElderCareElders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "eldercare_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    feeding = table.Column<int>(type: "INTEGER", nullable: false),
                    bathing = table.Column<int>(type: "INTEGER", nullable: false),
                    grooming = table.Column<int>(type: "INTEGER", nullable: false),
                    dressing = table.Column<int>(type: "INTEGER", nullable: false),
                    bowels = table.Column<int>(type: "INTEGER", nullable: false),
                    bladder = table.Column<int>(type: "INTEGER", nullable: false),
                    toilet = table.Column<int>(type: "INTEGER", nullable: false),
                    transfers = table.Column<int>(type: "INTEGER", nullable: false),
                    mobility = table.Column<int>(type: "INTEGER", nullable: false),
                    stairs = table.Column<int>(type: "INTEGER", nullable: false),
                    total = table.Column<int>(type: "INTEGER", nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    assessor = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    organisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    diagnosis_certified = table.Column<bool>(type: "INTEGER", nullable: false),
                    next_assessment_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_insurance_claim_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_insurance_claim_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_insurance_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    accident_type = table.Column<int>(type: "INTEGER", nullable: false),
                    accident_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    item = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    claimed = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    cover_limit = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    paid_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    refusal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    reported_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    reported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_insurance_claims", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_insurance_roster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    covered_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    covered_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    enrolled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    enrolled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_insurance_roster", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_assessments_division_code",
                table: "eldercare_assessments",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_assessments_person_id_assessed_on",
                table: "eldercare_assessments",
                columns: new[] { "person_id", "assessed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_claims_division_code_status",
                table: "eldercare_insurance_claims",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_claims_number",
                table: "eldercare_insurance_claims",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_claims_person_id",
                table: "eldercare_insurance_claims",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_roster_division_code_covered_until",
                table: "eldercare_insurance_roster",
                columns: new[] { "division_code", "covered_until" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_roster_id_number",
                table: "eldercare_insurance_roster",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_roster_person_id",
                table: "eldercare_insurance_roster",
                column: "person_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "eldercare_assessments");

            migrationBuilder.DropTable(
                name: "eldercare_insurance_claim_counters");

            migrationBuilder.DropTable(
                name: "eldercare_insurance_claims");

            migrationBuilder.DropTable(
                name: "eldercare_insurance_roster");
        }
    }
}
