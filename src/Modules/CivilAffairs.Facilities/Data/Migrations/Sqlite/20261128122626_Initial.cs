using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Facilities.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "facilities_facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ownership = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    operator_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    operator_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    licence_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    licence_valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    capacity_unit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    source_module = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    source_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    synced_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities_facilities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "facilities_number_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "facilities_project_milestones",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    done_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities_project_milestones", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "facilities_project_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reported_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    percent = table.Column<int>(type: "INTEGER", nullable: false),
                    spend = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    reported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities_project_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "facilities_project_risks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    mitigation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    raised_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities_project_risks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "facilities_project_stages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    planned_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    actual_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities_project_stages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "facilities_projects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    facility_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    future_institution = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    investment = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    delivery = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    agent_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    scale = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities_projects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "facilities_safety_hazards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    facility_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inspection_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    found_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    rectified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    rectification = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    verified_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities_safety_hazards", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "facilities_safety_inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    facility_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    inspected_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    inspectors = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities_safety_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "facilities_safety_risks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    facility_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    hazard = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    severity = table.Column<int>(type: "INTEGER", nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    controls = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    responsible_person = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilities_safety_risks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_facilities_facilities_code",
                table: "facilities_facilities",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilities_facilities_division_code_type",
                table: "facilities_facilities",
                columns: new[] { "division_code", "type" });

            migrationBuilder.CreateIndex(
                name: "IX_facilities_facilities_source_module_source_code",
                table: "facilities_facilities",
                columns: new[] { "source_module", "source_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilities_project_milestones_project_id",
                table: "facilities_project_milestones",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_facilities_project_reports_project_id_month",
                table: "facilities_project_reports",
                columns: new[] { "project_id", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilities_project_risks_project_id",
                table: "facilities_project_risks",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_facilities_project_stages_project_id_stage",
                table: "facilities_project_stages",
                columns: new[] { "project_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilities_projects_division_code",
                table: "facilities_projects",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_facilities_projects_name",
                table: "facilities_projects",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilities_projects_number",
                table: "facilities_projects",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilities_safety_hazards_facility_id_status",
                table: "facilities_safety_hazards",
                columns: new[] { "facility_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_facilities_safety_hazards_number",
                table: "facilities_safety_hazards",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilities_safety_inspections_facility_id_inspected_on",
                table: "facilities_safety_inspections",
                columns: new[] { "facility_id", "inspected_on" });

            migrationBuilder.CreateIndex(
                name: "IX_facilities_safety_inspections_number",
                table: "facilities_safety_inspections",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_facilities_safety_risks_facility_id",
                table: "facilities_safety_risks",
                column: "facility_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "facilities_facilities");

            migrationBuilder.DropTable(
                name: "facilities_number_counters");

            migrationBuilder.DropTable(
                name: "facilities_project_milestones");

            migrationBuilder.DropTable(
                name: "facilities_project_reports");

            migrationBuilder.DropTable(
                name: "facilities_project_risks");

            migrationBuilder.DropTable(
                name: "facilities_project_stages");

            migrationBuilder.DropTable(
                name: "facilities_projects");

            migrationBuilder.DropTable(
                name: "facilities_safety_hazards");

            migrationBuilder.DropTable(
                name: "facilities_safety_inspections");

            migrationBuilder.DropTable(
                name: "facilities_safety_risks");
        }
    }
}
