using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assistance_enrolment_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    category_before = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    category_after = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    benefit_before = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    benefit_after = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    next_review_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_enrolment_reviews", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_enrolment_reviews_assistance_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "assistance_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_support_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    responsible_worker = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_support_plans", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_support_plans_assistance_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "assistance_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_temporary_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    applicant_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    person_description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    shenzhen_hukou = table.Column<bool>(type: "INTEGER", nullable: false),
                    household_size = table.Column<int>(type: "INTEGER", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    requested_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    approved_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    standard = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    cap = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    street_limit = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    papers_due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    papers_received_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rescue_case_ref = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_temporary_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_support_goals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    area = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    target_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    achieved_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_support_goals", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_support_goals_assistance_support_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "assistance_support_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_support_progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    goal_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_support_progress", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_support_progress_assistance_support_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "assistance_support_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_temporary_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_temporary_payments", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_temporary_payments_assistance_temporary_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "assistance_temporary_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_temporary_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_temporary_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_temporary_steps_assistance_temporary_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "assistance_temporary_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolment_reviews_division_code_status",
                table: "assistance_enrolment_reviews",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolment_reviews_enrolment_id",
                table: "assistance_enrolment_reviews",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_support_goals_plan_id",
                table: "assistance_support_goals",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_support_plans_division_code_status",
                table: "assistance_support_plans",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_support_plans_enrolment_id",
                table: "assistance_support_plans",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_support_progress_plan_id",
                table: "assistance_support_progress",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_temporary_cases_division_code_status",
                table: "assistance_temporary_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_temporary_cases_papers_due_on",
                table: "assistance_temporary_cases",
                column: "papers_due_on");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_temporary_cases_rescue_case_ref",
                table: "assistance_temporary_cases",
                column: "rescue_case_ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_temporary_payments_case_id",
                table: "assistance_temporary_payments",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_temporary_steps_case_id",
                table: "assistance_temporary_steps",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_enrolment_reviews");

            migrationBuilder.DropTable(
                name: "assistance_support_goals");

            migrationBuilder.DropTable(
                name: "assistance_support_progress");

            migrationBuilder.DropTable(
                name: "assistance_temporary_payments");

            migrationBuilder.DropTable(
                name: "assistance_temporary_steps");

            migrationBuilder.DropTable(
                name: "assistance_support_plans");

            migrationBuilder.DropTable(
                name: "assistance_temporary_cases");
        }
    }
}
