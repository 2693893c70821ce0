using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ChildWelfare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "childwelfare");

            migrationBuilder.CreateTable(
                name: "allowance_runs",
                schema: "childwelfare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    children = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    exceptions = table.Column<int>(type: "integer", nullable: false),
                    parameters_json = table.Column<string>(type: "text", nullable: false),
                    prepared_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    released_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    released_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    cancelled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allowance_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "institutions",
                schema: "childwelfare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address_inferred = table.Column<bool>(type: "boolean", nullable: false),
                    bank_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    account_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institutions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "allowance_lines",
                schema: "childwelfare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    category = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    basis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    child_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payee_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payee_id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    paid_to_institution = table.Column<bool>(type: "boolean", nullable: false),
                    bank_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    bank_reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    inputs_json = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allowance_lines", x => x.id);
                    table.ForeignKey(
                        name: "FK_allowance_lines_allowance_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "childwelfare",
                        principalTable: "allowance_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "allowance_reconciliations",
                schema: "childwelfare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    file_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    paid = table.Column<int>(type: "integer", nullable: false),
                    failed = table.Column<int>(type: "integer", nullable: false),
                    unchanged = table.Column<int>(type: "integer", nullable: false),
                    unmatched_json = table.Column<string>(type: "text", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allowance_reconciliations", x => x.id);
                    table.ForeignKey(
                        name: "FK_allowance_reconciliations_allowance_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "childwelfare",
                        principalTable: "allowance_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "children",
                schema: "childwelfare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    hukou = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    category = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    institution_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    registered_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    approved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    allowance_from = table.Column<DateOnly>(type: "date", nullable: true),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    leave_reason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    leave_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_children", x => x.id);
                    table.ForeignKey(
                        name: "FK_children_institutions_institution_id",
                        column: x => x.institution_id,
                        principalSchema: "childwelfare",
                        principalTable: "institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "guardians",
                schema: "childwelfare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    relation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    bank_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    is_payee = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guardians", x => x.id);
                    table.ForeignKey(
                        name: "FK_guardians_children_child_id",
                        column: x => x.child_id,
                        principalSchema: "childwelfare",
                        principalTable: "children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "placements",
                schema: "childwelfare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    turns_adult_on = table.Column<DateOnly>(type: "date", nullable: false),
                    education = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    education_due = table.Column<DateOnly>(type: "date", nullable: true),
                    employment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    employment_due = table.Column<DateOnly>(type: "date", nullable: true),
                    housing = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    housing_due = table.Column<DateOnly>(type: "date", nullable: true),
                    assistance_referral = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    assistance_due = table.Column<DateOnly>(type: "date", nullable: true),
                    responsible_person = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    next_visit_due = table.Column<DateOnly>(type: "date", nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_on = table.Column<DateOnly>(type: "date", nullable: false),
                    approved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closing_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_placements", x => x.id);
                    table.ForeignKey(
                        name: "FK_placements_children_child_id",
                        column: x => x.child_id,
                        principalSchema: "childwelfare",
                        principalTable: "children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tomorrow_cases",
                schema: "childwelfare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    diagnosis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    assessor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    assessment_conclusion = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    approved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hospital = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    surgery_on = table.Column<DateOnly>(type: "date", nullable: true),
                    total_cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    lottery_fund = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    medical_insurance = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    other_funding = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    rehab_plan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tomorrow_cases", x => x.id);
                    table.ForeignKey(
                        name: "FK_tomorrow_cases_children_child_id",
                        column: x => x.child_id,
                        principalSchema: "childwelfare",
                        principalTable: "children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "placement_visits",
                schema: "childwelfare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    placement_id = table.Column<Guid>(type: "uuid", nullable: false),
                    visited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    next_due = table.Column<DateOnly>(type: "date", nullable: true),
                    visited_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_placement_visits", x => x.id);
                    table.ForeignKey(
                        name: "FK_placement_visits_placements_placement_id",
                        column: x => x.placement_id,
                        principalSchema: "childwelfare",
                        principalTable: "placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_allowance_lines_child_id_month",
                schema: "childwelfare",
                table: "allowance_lines",
                columns: new[] { "child_id", "month" });

            migrationBuilder.CreateIndex(
                name: "IX_allowance_lines_run_id_status",
                schema: "childwelfare",
                table: "allowance_lines",
                columns: new[] { "run_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_allowance_reconciliations_run_id_file_hash",
                schema: "childwelfare",
                table: "allowance_reconciliations",
                columns: new[] { "run_id", "file_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_allowance_runs_month_division_code",
                schema: "childwelfare",
                table: "allowance_runs",
                columns: new[] { "month", "division_code" });

            migrationBuilder.CreateIndex(
                name: "IX_children_division_code_status",
                schema: "childwelfare",
                table: "children",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_children_id_number",
                schema: "childwelfare",
                table: "children",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_children_institution_id",
                schema: "childwelfare",
                table: "children",
                column: "institution_id");

            migrationBuilder.CreateIndex(
                name: "IX_guardians_child_id",
                schema: "childwelfare",
                table: "guardians",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "IX_institutions_code",
                schema: "childwelfare",
                table: "institutions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_placement_visits_placement_id",
                schema: "childwelfare",
                table: "placement_visits",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "IX_placements_child_id",
                schema: "childwelfare",
                table: "placements",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "IX_placements_division_code_status",
                schema: "childwelfare",
                table: "placements",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_tomorrow_cases_applied_on",
                schema: "childwelfare",
                table: "tomorrow_cases",
                column: "applied_on");

            migrationBuilder.CreateIndex(
                name: "IX_tomorrow_cases_child_id",
                schema: "childwelfare",
                table: "tomorrow_cases",
                column: "child_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "allowance_lines",
                schema: "childwelfare");

            migrationBuilder.DropTable(
                name: "allowance_reconciliations",
                schema: "childwelfare");

            migrationBuilder.DropTable(
                name: "guardians",
                schema: "childwelfare");

            migrationBuilder.DropTable(
                name: "placement_visits",
                schema: "childwelfare");

            migrationBuilder.DropTable(
                name: "tomorrow_cases",
                schema: "childwelfare");

            migrationBuilder.DropTable(
                name: "allowance_runs",
                schema: "childwelfare");

            migrationBuilder.DropTable(
                name: "placements",
                schema: "childwelfare");

            migrationBuilder.DropTable(
                name: "children",
                schema: "childwelfare");

            migrationBuilder.DropTable(
                name: "institutions",
                schema: "childwelfare");
        }
    }
}
