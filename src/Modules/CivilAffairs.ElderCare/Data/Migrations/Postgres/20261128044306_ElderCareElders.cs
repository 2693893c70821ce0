using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ElderCareElders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    feeding = table.Column<int>(type: "integer", nullable: false),
                    bathing = table.Column<int>(type: "integer", nullable: false),
                    grooming = table.Column<int>(type: "integer", nullable: false),
                    dressing = table.Column<int>(type: "integer", nullable: false),
                    bowels = table.Column<int>(type: "integer", nullable: false),
                    bladder = table.Column<int>(type: "integer", nullable: false),
                    toilet = table.Column<int>(type: "integer", nullable: false),
                    transfers = table.Column<int>(type: "integer", nullable: false),
                    mobility = table.Column<int>(type: "integer", nullable: false),
                    stairs = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    assessor = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    organisation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    diagnosis_certified = table.Column<bool>(type: "boolean", nullable: false),
                    next_assessment_on = table.Column<DateOnly>(type: "date", nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "insurance_claim_counters",
                schema: "eldercare",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insurance_claim_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "insurance_claims",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    accident_type = table.Column<int>(type: "integer", nullable: false),
                    accident_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    item = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    claimed = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    cover_limit = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    paid_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insurance_claims", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "insurance_roster",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    covered_from = table.Column<DateOnly>(type: "date", nullable: false),
                    covered_until = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    enrolled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    enrolled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insurance_roster", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_division_code",
                schema: "eldercare",
                table: "assessments",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_person_id_assessed_on",
                schema: "eldercare",
                table: "assessments",
                columns: new[] { "person_id", "assessed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_insurance_claims_division_code_status",
                schema: "eldercare",
                table: "insurance_claims",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_insurance_claims_number",
                schema: "eldercare",
                table: "insurance_claims",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_insurance_claims_person_id",
                schema: "eldercare",
                table: "insurance_claims",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "IX_insurance_roster_division_code_covered_until",
                schema: "eldercare",
                table: "insurance_roster",
                columns: new[] { "division_code", "covered_until" });

            migrationBuilder.CreateIndex(
                name: "IX_insurance_roster_id_number",
                schema: "eldercare",
                table: "insurance_roster",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_insurance_roster_person_id",
                schema: "eldercare",
                table: "insurance_roster",
                column: "person_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessments",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "insurance_claim_counters",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "insurance_claims",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "insurance_roster",
                schema: "eldercare");
        }
    }
}
