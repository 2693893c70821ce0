using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialWork.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "socialwork_aid_projects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    partner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    budget = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_aid_projects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_aid_service_logs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    aid_project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    period_end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    people_served = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_aid_service_logs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_ce_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    course = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_ce_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_number_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_organizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    fields = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    stations_run = table.Column<int>(type: "INTEGER", nullable: false),
                    declared_headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_peer_counsellors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sessions = table.Column<int>(type: "INTEGER", nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_peer_counsellors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_project_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    evaluator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    grade = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    basis = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_project_evaluations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_project_indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    target = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    actual = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_project_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_project_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    evaluation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_project_payments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_projects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    purchaser_name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    provider_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    provider_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    contract_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    budget = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_projects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_service_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    activity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    served_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    verifier = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_service_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_volunteer_intakes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    members = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_volunteer_intakes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_volunteer_teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    parent_organization = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    parent_team_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    founded_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_volunteer_teams", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_volunteers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    team_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    skills = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_volunteers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialwork_workers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    qualification = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    certificate_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    certificate_year = table.Column<int>(type: "INTEGER", nullable: true),
                    field = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    full_time = table.Column<bool>(type: "INTEGER", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    hired_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    left_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialwork_workers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_aid_service_logs_aid_project_id",
                table: "socialwork_aid_service_logs",
                column: "aid_project_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_ce_records_worker_id",
                table: "socialwork_ce_records",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_organizations_credit_code",
                table: "socialwork_organizations",
                column: "credit_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_peer_counsellors_worker_id",
                table: "socialwork_peer_counsellors",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_project_evaluations_project_id",
                table: "socialwork_project_evaluations",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_project_indicators_project_id",
                table: "socialwork_project_indicators",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_project_payments_project_id",
                table: "socialwork_project_payments",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_projects_division_code",
                table: "socialwork_projects",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_projects_number",
                table: "socialwork_projects",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_service_records_team_id",
                table: "socialwork_service_records",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_service_records_volunteer_id_served_on",
                table: "socialwork_service_records",
                columns: new[] { "volunteer_id", "served_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_volunteer_intakes_team_id",
                table: "socialwork_volunteer_intakes",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_volunteer_teams_parent_team_id",
                table: "socialwork_volunteer_teams",
                column: "parent_team_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_volunteers_id_number",
                table: "socialwork_volunteers",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_volunteers_team_id",
                table: "socialwork_volunteers",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_workers_division_code_field",
                table: "socialwork_workers",
                columns: new[] { "division_code", "field" });

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_workers_id_number",
                table: "socialwork_workers",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialwork_workers_organization_id",
                table: "socialwork_workers",
                column: "organization_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "socialwork_aid_projects");

            migrationBuilder.DropTable(
                name: "socialwork_aid_service_logs");

            migrationBuilder.DropTable(
                name: "socialwork_ce_records");

            migrationBuilder.DropTable(
                name: "socialwork_number_counters");

            migrationBuilder.DropTable(
                name: "socialwork_organizations");

            migrationBuilder.DropTable(
                name: "socialwork_peer_counsellors");

            migrationBuilder.DropTable(
                name: "socialwork_project_evaluations");

            migrationBuilder.DropTable(
                name: "socialwork_project_indicators");

            migrationBuilder.DropTable(
                name: "socialwork_project_payments");

            migrationBuilder.DropTable(
                name: "socialwork_projects");

            migrationBuilder.DropTable(
                name: "socialwork_service_records");

            migrationBuilder.DropTable(
                name: "socialwork_volunteer_intakes");

            migrationBuilder.DropTable(
                name: "socialwork_volunteer_teams");

            migrationBuilder.DropTable(
                name: "socialwork_volunteers");

            migrationBuilder.DropTable(
                name: "socialwork_workers");
        }
    }
}
