using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ChildWelfare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "childwelfare_allowance_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    children = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    exceptions = table.Column<int>(type: "INTEGER", nullable: false),
                    parameters_json = table.Column<string>(type: "TEXT", nullable: false),
                    prepared_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    released_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    released_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    cancelled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    cancel_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_childwelfare_allowance_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "childwelfare_institutions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    address_inferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    bank_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    account_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_childwelfare_institutions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "childwelfare_allowance_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    child_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    basis = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    child_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    payee_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    payee_id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    paid_to_institution = table.Column<bool>(type: "INTEGER", nullable: false),
                    bank_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    bank_reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    inputs_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_childwelfare_allowance_lines", x => x.id);
                    table.ForeignKey(
                        name: "FK_childwelfare_allowance_lines_childwelfare_allowance_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "childwelfare_allowance_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "childwelfare_allowance_reconciliations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    file_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    paid = table.Column<int>(type: "INTEGER", nullable: false),
                    failed = table.Column<int>(type: "INTEGER", nullable: false),
                    unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    unmatched_json = table.Column<string>(type: "TEXT", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_childwelfare_allowance_reconciliations", x => x.id);
                    table.ForeignKey(
                        name: "FK_childwelfare_allowance_reconciliations_childwelfare_allowance_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "childwelfare_allowance_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "childwelfare_children",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hukou = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    institution_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    registered_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    approved_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    allowance_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    left_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    leave_reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    leave_note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_childwelfare_children", x => x.id);
                    table.ForeignKey(
                        name: "FK_childwelfare_children_childwelfare_institutions_institution_id",
                        column: x => x.institution_id,
                        principalTable: "childwelfare_institutions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "childwelfare_guardians",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    child_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    relation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    bank_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    is_payee = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_childwelfare_guardians", x => x.id);
                    table.ForeignKey(
                        name: "FK_childwelfare_guardians_childwelfare_children_child_id",
                        column: x => x.child_id,
                        principalTable: "childwelfare_children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "childwelfare_placements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    child_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    turns_adult_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    education = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    education_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    employment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    employment_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    housing = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    housing_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    assistance_referral = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    assistance_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    responsible_person = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    next_visit_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    approved_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closing_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_childwelfare_placements", x => x.id);
                    table.ForeignKey(
                        name: "FK_childwelfare_placements_childwelfare_children_child_id",
                        column: x => x.child_id,
                        principalTable: "childwelfare_children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "childwelfare_tomorrow_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    child_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    applied_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    diagnosis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    assessor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    assessment_conclusion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    approved_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    approved_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    hospital = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    surgery_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    total_cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    lottery_fund = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    medical_insurance = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    other_funding = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    rehab_plan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_childwelfare_tomorrow_cases", x => x.id);
                    table.ForeignKey(
                        name: "FK_childwelfare_tomorrow_cases_childwelfare_children_child_id",
                        column: x => x.child_id,
                        principalTable: "childwelfare_children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "childwelfare_placement_visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    placement_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    visited_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    next_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    visited_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_childwelfare_placement_visits", x => x.id);
                    table.ForeignKey(
                        name: "FK_childwelfare_placement_visits_childwelfare_placements_placement_id",
                        column: x => x.placement_id,
                        principalTable: "childwelfare_placements",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_allowance_lines_child_id_month",
                table: "childwelfare_allowance_lines",
                columns: new[] { "child_id", "month" });

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_allowance_lines_run_id_status",
                table: "childwelfare_allowance_lines",
                columns: new[] { "run_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_allowance_reconciliations_run_id_file_hash",
                table: "childwelfare_allowance_reconciliations",
                columns: new[] { "run_id", "file_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_allowance_runs_month_division_code",
                table: "childwelfare_allowance_runs",
                columns: new[] { "month", "division_code" });

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_children_division_code_status",
                table: "childwelfare_children",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_children_id_number",
                table: "childwelfare_children",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_children_institution_id",
                table: "childwelfare_children",
                column: "institution_id");

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_guardians_child_id",
                table: "childwelfare_guardians",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_institutions_code",
                table: "childwelfare_institutions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_placement_visits_placement_id",
                table: "childwelfare_placement_visits",
                column: "placement_id");

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_placements_child_id",
                table: "childwelfare_placements",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_placements_division_code_status",
                table: "childwelfare_placements",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_tomorrow_cases_applied_on",
                table: "childwelfare_tomorrow_cases",
                column: "applied_on");

            migrationBuilder.CreateIndex(
                name: "IX_childwelfare_tomorrow_cases_child_id",
                table: "childwelfare_tomorrow_cases",
                column: "child_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "childwelfare_allowance_lines");

            migrationBuilder.DropTable(
                name: "childwelfare_allowance_reconciliations");

            migrationBuilder.DropTable(
                name: "childwelfare_guardians");

            migrationBuilder.DropTable(
                name: "childwelfare_placement_visits");

            migrationBuilder.DropTable(
                name: "childwelfare_tomorrow_cases");

            migrationBuilder.DropTable(
                name: "childwelfare_allowance_runs");

            migrationBuilder.DropTable(
                name: "childwelfare_placements");

            migrationBuilder.DropTable(
                name: "childwelfare_children");

            migrationBuilder.DropTable(
                name: "childwelfare_institutions");
        }
    }
}
