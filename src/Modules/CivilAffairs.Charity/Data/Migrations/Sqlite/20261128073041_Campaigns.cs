using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Charity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
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
