using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialWork.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "socialwork");

            migrationBuilder.CreateTable(
                name: "aid_projects",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    place = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    partner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    field = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    budget = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aid_projects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "aid_service_logs",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    aid_project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    people_served = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aid_service_logs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ce_records",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    course = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    hours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ce_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "socialwork",
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
                name: "organizations",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    fields = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    stations_run = table.Column<int>(type: "integer", nullable: false),
                    declared_headcount = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "peer_counsellors",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sessions = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_peer_counsellors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "project_evaluations",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    evaluator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    passed = table.Column<bool>(type: "boolean", nullable: false),
                    basis = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_evaluations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "project_indicators",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    target = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    actual = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "project_payments",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    stage = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    evaluation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_payments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    purchaser_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    provider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    provider_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    field = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    contract_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    budget = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "service_records",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    activity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    served_on = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    verifier = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_intakes",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    members = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteer_intakes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_teams",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    parent_organization = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    parent_team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    founded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteer_teams", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "volunteers",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    role = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    skills = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workers",
                schema: "socialwork",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    qualification = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    certificate_year = table.Column<int>(type: "integer", nullable: true),
                    field = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    full_time = table.Column<bool>(type: "boolean", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    hired_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_aid_service_logs_aid_project_id",
                schema: "socialwork",
                table: "aid_service_logs",
                column: "aid_project_id");

            migrationBuilder.CreateIndex(
                name: "IX_ce_records_worker_id",
                schema: "socialwork",
                table: "ce_records",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "IX_organizations_credit_code",
                schema: "socialwork",
                table: "organizations",
                column: "credit_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_peer_counsellors_worker_id",
                schema: "socialwork",
                table: "peer_counsellors",
                column: "worker_id");

            migrationBuilder.CreateIndex(
                name: "IX_project_evaluations_project_id",
                schema: "socialwork",
                table: "project_evaluations",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_project_indicators_project_id",
                schema: "socialwork",
                table: "project_indicators",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_project_payments_project_id",
                schema: "socialwork",
                table: "project_payments",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_projects_division_code",
                schema: "socialwork",
                table: "projects",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_projects_number",
                schema: "socialwork",
                table: "projects",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_service_records_team_id",
                schema: "socialwork",
                table: "service_records",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "IX_service_records_volunteer_id_served_on",
                schema: "socialwork",
                table: "service_records",
                columns: new[] { "volunteer_id", "served_on" });

            migrationBuilder.CreateIndex(
                name: "IX_volunteer_intakes_team_id",
                schema: "socialwork",
                table: "volunteer_intakes",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "IX_volunteer_teams_parent_team_id",
                schema: "socialwork",
                table: "volunteer_teams",
                column: "parent_team_id");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_id_number",
                schema: "socialwork",
                table: "volunteers",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_team_id",
                schema: "socialwork",
                table: "volunteers",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "IX_workers_division_code_field",
                schema: "socialwork",
                table: "workers",
                columns: new[] { "division_code", "field" });

            migrationBuilder.CreateIndex(
                name: "IX_workers_id_number",
                schema: "socialwork",
                table: "workers",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workers_organization_id",
                schema: "socialwork",
                table: "workers",
                column: "organization_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "aid_projects",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "aid_service_logs",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "ce_records",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "organizations",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "peer_counsellors",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "project_evaluations",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "project_indicators",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "project_payments",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "projects",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "service_records",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "volunteer_intakes",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "volunteer_teams",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "volunteers",
                schema: "socialwork");

            migrationBuilder.DropTable(
                name: "workers",
                schema: "socialwork");
        }
    }
}
