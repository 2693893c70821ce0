using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enrolment_reviews",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    category_before = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    category_after = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    benefit_before = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    benefit_after = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    next_review_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrolment_reviews", x => x.id);
                    table.ForeignKey(
                        name: "FK_enrolment_reviews_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalSchema: "assistance",
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_plans",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    responsible_worker = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_plans", x => x.id);
                    table.ForeignKey(
                        name: "FK_support_plans_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalSchema: "assistance",
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "temporary_cases",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    person_description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    shenzhen_hukou = table.Column<bool>(type: "boolean", nullable: false),
                    household_size = table.Column<int>(type: "integer", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    requested_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    approved_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    standard = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    cap = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    street_limit = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    papers_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    papers_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rescue_case_ref = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_temporary_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "support_goals",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    area = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target_date = table.Column<DateOnly>(type: "date", nullable: false),
                    achieved_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_goals", x => x.id);
                    table.ForeignKey(
                        name: "FK_support_goals_support_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "assistance",
                        principalTable: "support_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_progress",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    goal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_progress", x => x.id);
                    table.ForeignKey(
                        name: "FK_support_progress_support_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "assistance",
                        principalTable: "support_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "temporary_payments",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_temporary_payments", x => x.id);
                    table.ForeignKey(
                        name: "FK_temporary_payments_temporary_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "assistance",
                        principalTable: "temporary_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "temporary_steps",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_temporary_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_temporary_steps_temporary_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "assistance",
                        principalTable: "temporary_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enrolment_reviews_division_code_status",
                schema: "assistance",
                table: "enrolment_reviews",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_enrolment_reviews_enrolment_id",
                schema: "assistance",
                table: "enrolment_reviews",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_support_goals_plan_id",
                schema: "assistance",
                table: "support_goals",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_support_plans_division_code_status",
                schema: "assistance",
                table: "support_plans",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_support_plans_enrolment_id",
                schema: "assistance",
                table: "support_plans",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_support_progress_plan_id",
                schema: "assistance",
                table: "support_progress",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_temporary_cases_division_code_status",
                schema: "assistance",
                table: "temporary_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_temporary_cases_papers_due_on",
                schema: "assistance",
                table: "temporary_cases",
                column: "papers_due_on");

            migrationBuilder.CreateIndex(
                name: "IX_temporary_cases_rescue_case_ref",
                schema: "assistance",
                table: "temporary_cases",
                column: "rescue_case_ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_temporary_payments_case_id",
                schema: "assistance",
                table: "temporary_payments",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_temporary_steps_case_id",
                schema: "assistance",
                table: "temporary_steps",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enrolment_reviews",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "support_goals",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "support_progress",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "temporary_payments",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "temporary_steps",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "support_plans",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "temporary_cases",
                schema: "assistance");
        }
    }
}
