using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Charity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "charity_campaigns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    organizer_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    organizer_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    target_amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    closed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_donations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    recipient_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    donor_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    donor_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    donor_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    donor_code_warning = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    name_publicly = table.Column<bool>(type: "INTEGER", nullable: false),
                    form = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    goods_description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    goods_quantity = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    valuation_basis = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    receipt_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    voided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    voided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_donations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_lottery_accruals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    game = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    sales = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    rate = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: false),
                    rate_valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    rate_basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    fund = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_lottery_accruals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_lottery_budget_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    budget_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    use = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    programme_key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_lottery_budget_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_lottery_budgets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    prepared_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    fund_basis = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    carry_over = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_lottery_budgets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_lottery_disbursements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    grant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_lottery_disbursements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_lottery_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    grant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    evaluator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    grade = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    parameter_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_lottery_evaluations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_lottery_grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    budget_line_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    applicant_kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    applicant_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    project_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    is_brand = table.Column<bool>(type: "INTEGER", nullable: false),
                    programme_key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    period_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_to = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    targets = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    prepared_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    line_remaining_before = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_lottery_grants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_lottery_indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    evaluation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    target = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    actual = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    weight = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_lottery_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_lottery_months",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    sales = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    fund_from_sales = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    unclaimed_prizes = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    fund_raised = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    local_fund = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    local_share = table.Column<decimal>(type: "TEXT", precision: 6, scale: 4, nullable: false),
                    parameter_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    computed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    closed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_lottery_months", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_lottery_outlets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    operator_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    operator_phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    opened_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_lottery_outlets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_lottery_sales",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    outlet_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    outlet_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    game = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_lottery_sales", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_number_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "charity_pledge_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pledge_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    delivered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    receipt_ref = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_pledge_deliveries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_pledges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    campaign_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    pledger_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    pledger_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    pledger_code_warning = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    beneficiary_area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    project = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    pledged_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_basis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    delivered = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_pledges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_project_spending",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    project_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    spent_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    beneficiaries_reached = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_project_spending", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "charity_projects",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    organization_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    field = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    budget = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    beneficiaries_target = table.Column<int>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charity_projects", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_charity_campaigns_starts_on",
                table: "charity_campaigns",
                column: "starts_on");

            migrationBuilder.CreateIndex(
                name: "IX_charity_donations_campaign_id_status",
                table: "charity_donations",
                columns: new[] { "campaign_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_charity_donations_credit_code_receipt_number",
                table: "charity_donations",
                columns: new[] { "credit_code", "receipt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charity_donations_division_code_received_on",
                table: "charity_donations",
                columns: new[] { "division_code", "received_on" });

            migrationBuilder.CreateIndex(
                name: "IX_charity_donations_project_id",
                table: "charity_donations",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_accruals_month_id_game",
                table: "charity_lottery_accruals",
                columns: new[] { "month_id", "game" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_budget_lines_budget_id",
                table: "charity_lottery_budget_lines",
                column: "budget_id");

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_budgets_year",
                table: "charity_lottery_budgets",
                column: "year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_disbursements_grant_id",
                table: "charity_lottery_disbursements",
                column: "grant_id");

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_evaluations_grant_id",
                table: "charity_lottery_evaluations",
                column: "grant_id");

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_grants_budget_line_id",
                table: "charity_lottery_grants",
                column: "budget_line_id");

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_grants_number",
                table: "charity_lottery_grants",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_grants_year_status",
                table: "charity_lottery_grants",
                columns: new[] { "year", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_indicators_evaluation_id",
                table: "charity_lottery_indicators",
                column: "evaluation_id");

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_months_month",
                table: "charity_lottery_months",
                column: "month",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_outlets_code",
                table: "charity_lottery_outlets",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_outlets_division_code",
                table: "charity_lottery_outlets",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_sales_month_division_code",
                table: "charity_lottery_sales",
                columns: new[] { "month", "division_code" });

            migrationBuilder.CreateIndex(
                name: "IX_charity_lottery_sales_outlet_id_month_game",
                table: "charity_lottery_sales",
                columns: new[] { "outlet_id", "month", "game" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charity_pledge_deliveries_pledge_id",
                table: "charity_pledge_deliveries",
                column: "pledge_id");

            migrationBuilder.CreateIndex(
                name: "IX_charity_pledges_campaign_id_beneficiary_area",
                table: "charity_pledges",
                columns: new[] { "campaign_id", "beneficiary_area" });

            migrationBuilder.CreateIndex(
                name: "IX_charity_project_spending_project_id",
                table: "charity_project_spending",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_charity_projects_credit_code",
                table: "charity_projects",
                column: "credit_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "charity_campaigns");

            migrationBuilder.DropTable(
                name: "charity_donations");

            migrationBuilder.DropTable(
                name: "charity_lottery_accruals");

            migrationBuilder.DropTable(
                name: "charity_lottery_budget_lines");

            migrationBuilder.DropTable(
                name: "charity_lottery_budgets");

            migrationBuilder.DropTable(
                name: "charity_lottery_disbursements");

            migrationBuilder.DropTable(
                name: "charity_lottery_evaluations");

            migrationBuilder.DropTable(
                name: "charity_lottery_grants");

            migrationBuilder.DropTable(
                name: "charity_lottery_indicators");

            migrationBuilder.DropTable(
                name: "charity_lottery_months");

            migrationBuilder.DropTable(
                name: "charity_lottery_outlets");

            migrationBuilder.DropTable(
                name: "charity_lottery_sales");

            migrationBuilder.DropTable(
                name: "charity_number_counters");

            migrationBuilder.DropTable(
                name: "charity_pledge_deliveries");

            migrationBuilder.DropTable(
                name: "charity_pledges");

            migrationBuilder.DropTable(
                name: "charity_project_spending");

            migrationBuilder.DropTable(
                name: "charity_projects");
        }
    }
}
