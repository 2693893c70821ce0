using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ElderCareAdaptation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "adaptation_cases",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    priority = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    age_on_application = table.Column<int>(type: "integer", nullable: false),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    applied_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    needs = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    assessment_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    assessor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    cost_total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    cap_applied = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    contractor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    contractor_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    contract_date = table.Column<DateOnly>(type: "date", nullable: true),
                    planned_completion = table.Column<DateOnly>(type: "date", nullable: true),
                    checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    checker = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    check_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    failed_checks = table.Column<int>(type: "integer", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adaptation_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "adaptation_counters",
                schema: "eldercare",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adaptation_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "adaptation_photos",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adaptation_photos", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "care_workers",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    qualification = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    hired_on = table.Column<DateOnly>(type: "date", nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_workers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_courses",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    organiser = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<int>(type: "integer", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_courses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_enrolments",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    enrolled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "adaptation_measures",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    unit_cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adaptation_measures", x => x.id);
                    table.ForeignKey(
                        name: "FK_adaptation_measures_adaptation_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "eldercare",
                        principalTable: "adaptation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_adaptation_cases_case_number",
                schema: "eldercare",
                table: "adaptation_cases",
                column: "case_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_adaptation_cases_division_code_status",
                schema: "eldercare",
                table: "adaptation_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_adaptation_cases_id_number",
                schema: "eldercare",
                table: "adaptation_cases",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_adaptation_measures_case_id",
                schema: "eldercare",
                table: "adaptation_measures",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_adaptation_photos_case_id",
                schema: "eldercare",
                table: "adaptation_photos",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_care_workers_division_code",
                schema: "eldercare",
                table: "care_workers",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_care_workers_institution_code_id_number",
                schema: "eldercare",
                table: "care_workers",
                columns: new[] { "institution_code", "id_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_courses_starts_on",
                schema: "eldercare",
                table: "training_courses",
                column: "starts_on");

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolments_course_id_worker_id",
                schema: "eldercare",
                table: "training_enrolments",
                columns: new[] { "course_id", "worker_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolments_worker_id",
                schema: "eldercare",
                table: "training_enrolments",
                column: "worker_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adaptation_counters",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "adaptation_measures",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "adaptation_photos",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "care_workers",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "training_courses",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "training_enrolments",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "adaptation_cases",
                schema: "eldercare");
        }
    }
}
