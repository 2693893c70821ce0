using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ElderCareAdaptation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "eldercare_adaptation_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    priority = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    age_on_application = table.Column<int>(type: "INTEGER", nullable: false),
                    applied_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    applied_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    needs = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    assessment_due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    assessor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    cost_total = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    cap_applied = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    refusal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    contractor_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    contractor_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    contract_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    planned_completion = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    checked_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    checker = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    check_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    failed_checks = table.Column<int>(type: "INTEGER", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_adaptation_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_adaptation_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_adaptation_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_adaptation_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_adaptation_photos", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_care_workers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    qualification = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    certificate_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    hired_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_care_workers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_training_courses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    organiser = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hours = table.Column<int>(type: "INTEGER", nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_training_courses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_training_enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    certificate_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    completed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    enrolled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_training_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_adaptation_measures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    unit_cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_adaptation_measures", x => x.id);
                    table.ForeignKey(
                        name: "FK_eldercare_adaptation_measures_eldercare_adaptation_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "eldercare_adaptation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_adaptation_cases_case_number",
                table: "eldercare_adaptation_cases",
                column: "case_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_adaptation_cases_division_code_status",
                table: "eldercare_adaptation_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_adaptation_cases_id_number",
                table: "eldercare_adaptation_cases",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_adaptation_measures_case_id",
                table: "eldercare_adaptation_measures",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_adaptation_photos_case_id",
                table: "eldercare_adaptation_photos",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_care_workers_division_code",
                table: "eldercare_care_workers",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_care_workers_institution_code_id_number",
                table: "eldercare_care_workers",
                columns: new[] { "institution_code", "id_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_training_courses_starts_on",
                table: "eldercare_training_courses",
                column: "starts_on");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_training_enrolments_course_id_worker_id",
                table: "eldercare_training_enrolments",
                columns: new[] { "course_id", "worker_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_training_enrolments_worker_id",
                table: "eldercare_training_enrolments",
                column: "worker_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "eldercare_adaptation_counters");

            migrationBuilder.DropTable(
                name: "eldercare_adaptation_measures");

            migrationBuilder.DropTable(
                name: "eldercare_adaptation_photos");

            migrationBuilder.DropTable(
                name: "eldercare_care_workers");

            migrationBuilder.DropTable(
                name: "eldercare_training_courses");

            migrationBuilder.DropTable(
                name: "eldercare_training_enrolments");

            migrationBuilder.DropTable(
                name: "eldercare_adaptation_cases");
        }
    }
}
