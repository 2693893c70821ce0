using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Charity.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Campaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
