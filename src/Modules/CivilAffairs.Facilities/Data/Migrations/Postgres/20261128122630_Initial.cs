using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Facilities.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "facilities");

            migrationBuilder.CreateTable(
                name: "facilities",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ownership = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    operator_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    operator_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    licence_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    licence_valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    capacity_unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    latitude = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    longitude = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    source_module = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    source_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    synced_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "facilities",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "project_milestones",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_milestones", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "project_reports",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    percent = table.Column<int>(type: "integer", nullable: false),
                    spend = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    reported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "project_risks",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    level = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    mitigation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    raised_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_risks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "project_stages",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    planned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    actual_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_stages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    facility_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    future_institution = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    investment = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    delivery = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    agent_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    scale = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "safety_hazards",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    level = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    found_on = table.Column<DateOnly>(type: "date", nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    rectified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rectification = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    verified_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_hazards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "safety_inspections",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    inspected_on = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    inspectors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "safety_risks",
                schema: "facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    hazard = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    likelihood = table.Column<int>(type: "integer", nullable: false),
                    severity = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    controls = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    responsible_person = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_safety_risks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_facilities_code",
                schema: "facilities",
                table: "facilities",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilities_division_code_type",
                schema: "facilities",
                table: "facilities",
                columns: new[] { "division_code", "type" });

            migrationBuilder.CreateIndex(
                name: "IX_facilities_source_module_source_code",
                schema: "facilities",
                table: "facilities",
                columns: new[] { "source_module", "source_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_project_milestones_project_id",
                schema: "facilities",
                table: "project_milestones",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_project_reports_project_id_month",
                schema: "facilities",
                table: "project_reports",
                columns: new[] { "project_id", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_project_risks_project_id",
                schema: "facilities",
                table: "project_risks",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_project_stages_project_id_stage",
                schema: "facilities",
                table: "project_stages",
                columns: new[] { "project_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_projects_division_code",
                schema: "facilities",
                table: "projects",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_projects_name",
                schema: "facilities",
                table: "projects",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_projects_number",
                schema: "facilities",
                table: "projects",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_safety_hazards_facility_id_status",
                schema: "facilities",
                table: "safety_hazards",
                columns: new[] { "facility_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_safety_hazards_number",
                schema: "facilities",
                table: "safety_hazards",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_safety_inspections_facility_id_inspected_on",
                schema: "facilities",
                table: "safety_inspections",
                columns: new[] { "facility_id", "inspected_on" });

            migrationBuilder.CreateIndex(
                name: "IX_safety_inspections_number",
                schema: "facilities",
                table: "safety_inspections",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_safety_risks_facility_id",
                schema: "facilities",
                table: "safety_risks",
                column: "facility_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "facilities",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "project_milestones",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "project_reports",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "project_risks",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "project_stages",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "projects",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "safety_hazards",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "safety_inspections",
                schema: "facilities");

            migrationBuilder.DropTable(
                name: "safety_risks",
                schema: "facilities");
        }
    }
}
