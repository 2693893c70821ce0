using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Charity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "charity");

            migrationBuilder.CreateTable(
                name: "campaigns",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    organizer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    organizer_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    target_amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    closed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "donations",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    recipient_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    donor_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    donor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    donor_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    donor_code_warning = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    name_publicly = table.Column<bool>(type: "boolean", nullable: false),
                    form = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    goods_description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    goods_quantity = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    valuation_basis = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: true),
                    receipt_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    void_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    voided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    voided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_donations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_accruals",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    month_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    game = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sales = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    rate = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    rate_valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    rate_basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    fund = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lottery_accruals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_budget_lines",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    use = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    programme_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lottery_budget_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_budgets",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    prepared_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    fund_basis = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    carry_over = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lottery_budgets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_disbursements",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    grant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lottery_disbursements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_evaluations",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    grant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    evaluator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    grade = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    parameter_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lottery_evaluations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_grants",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    budget_line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    project_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_brand = table.Column<bool>(type: "boolean", nullable: false),
                    programme_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    targets = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    prepared_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    line_remaining_before = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lottery_grants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_indicators",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    evaluation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    target = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    actual = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    weight = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lottery_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_months",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    sales = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    fund_from_sales = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    unclaimed_prizes = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    fund_raised = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    local_fund = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    local_share = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    parameter_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    computed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    closed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lottery_months", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_outlets",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    operator_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    operator_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lottery_outlets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_sales",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    outlet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outlet_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    game = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lottery_sales", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "charity",
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
                name: "pledge_deliveries",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pledge_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    delivered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    receipt_ref = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pledge_deliveries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pledges",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    pledger_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    pledger_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    pledger_code_warning = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    beneficiary_area = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    project = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    pledged_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    delivered = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pledges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "project_spending",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    spent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    beneficiaries_reached = table.Column<int>(type: "integer", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_spending", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                schema: "charity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    organization_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    field = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    budget = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    beneficiaries_target = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_starts_on",
                schema: "charity",
                table: "campaigns",
                column: "starts_on");

            migrationBuilder.CreateIndex(
                name: "IX_donations_campaign_id_status",
                schema: "charity",
                table: "donations",
                columns: new[] { "campaign_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_donations_credit_code_receipt_number",
                schema: "charity",
                table: "donations",
                columns: new[] { "credit_code", "receipt_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_donations_division_code_received_on",
                schema: "charity",
                table: "donations",
                columns: new[] { "division_code", "received_on" });

            migrationBuilder.CreateIndex(
                name: "IX_donations_project_id",
                schema: "charity",
                table: "donations",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_lottery_accruals_month_id_game",
                schema: "charity",
                table: "lottery_accruals",
                columns: new[] { "month_id", "game" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lottery_budget_lines_budget_id",
                schema: "charity",
                table: "lottery_budget_lines",
                column: "budget_id");

            migrationBuilder.CreateIndex(
                name: "IX_lottery_budgets_year",
                schema: "charity",
                table: "lottery_budgets",
                column: "year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lottery_disbursements_grant_id",
                schema: "charity",
                table: "lottery_disbursements",
                column: "grant_id");

            migrationBuilder.CreateIndex(
                name: "IX_lottery_evaluations_grant_id",
                schema: "charity",
                table: "lottery_evaluations",
                column: "grant_id");

            migrationBuilder.CreateIndex(
                name: "IX_lottery_grants_budget_line_id",
                schema: "charity",
                table: "lottery_grants",
                column: "budget_line_id");

            migrationBuilder.CreateIndex(
                name: "IX_lottery_grants_number",
                schema: "charity",
                table: "lottery_grants",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lottery_grants_year_status",
                schema: "charity",
                table: "lottery_grants",
                columns: new[] { "year", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_lottery_indicators_evaluation_id",
                schema: "charity",
                table: "lottery_indicators",
                column: "evaluation_id");

            migrationBuilder.CreateIndex(
                name: "IX_lottery_months_month",
                schema: "charity",
                table: "lottery_months",
                column: "month",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lottery_outlets_code",
                schema: "charity",
                table: "lottery_outlets",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lottery_outlets_division_code",
                schema: "charity",
                table: "lottery_outlets",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_lottery_sales_month_division_code",
                schema: "charity",
                table: "lottery_sales",
                columns: new[] { "month", "division_code" });

            migrationBuilder.CreateIndex(
                name: "IX_lottery_sales_outlet_id_month_game",
                schema: "charity",
                table: "lottery_sales",
                columns: new[] { "outlet_id", "month", "game" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pledge_deliveries_pledge_id",
                schema: "charity",
                table: "pledge_deliveries",
                column: "pledge_id");

            migrationBuilder.CreateIndex(
                name: "IX_pledges_campaign_id_beneficiary_area",
                schema: "charity",
                table: "pledges",
                columns: new[] { "campaign_id", "beneficiary_area" });

            migrationBuilder.CreateIndex(
                name: "IX_project_spending_project_id",
                schema: "charity",
                table: "project_spending",
                column: "project_id");

            migrationBuilder.CreateIndex(
                name: "IX_projects_credit_code",
                schema: "charity",
                table: "projects",
                column: "credit_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaigns",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "donations",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "lottery_accruals",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "lottery_budget_lines",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "lottery_budgets",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "lottery_disbursements",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "lottery_evaluations",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "lottery_grants",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "lottery_indicators",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "lottery_months",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "lottery_outlets",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "lottery_sales",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "pledge_deliveries",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "pledges",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "project_spending",
                schema: "charity");

            migrationBuilder.DropTable(
                name: "projects",
                schema: "charity");
        }
    }
}
