using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ElderCareHomeCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "eldercare_homecare_bills",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    orders = table.Column<int>(type: "INTEGER", nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    total = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidised = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    paid_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    paid_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_bills", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    service_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    worker_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    unit_price = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidy_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    bill_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_subsidies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    monthly_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    applied_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    applied_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    refusal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    start_month = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    stop_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    last_checked_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_subsidies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_uploads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    errors_json = table.Column<string>(type: "TEXT", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_bill_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bill_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    orders = table.Column<int>(type: "INTEGER", nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    entitlement = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidised = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidy_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_bill_lines", x => x.id);
                    table.ForeignKey(
                        name: "FK_eldercare_homecare_bill_lines_eldercare_homecare_bills_bill_id",
                        column: x => x.bill_id,
                        principalTable: "eldercare_homecare_bills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_subsidy_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subsidy_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_subsidy_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_eldercare_homecare_subsidy_events_eldercare_homecare_subsidies_subsidy_id",
                        column: x => x.subsidy_id,
                        principalTable: "eldercare_homecare_subsidies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_bill_lines_bill_id",
                table: "eldercare_homecare_bill_lines",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_bills_division_code_status",
                table: "eldercare_homecare_bills",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_bills_institution_code_month",
                table: "eldercare_homecare_bills",
                columns: new[] { "institution_code", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_orders_bill_id",
                table: "eldercare_homecare_orders",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_orders_institution_code_id_number_service_date_start_time_item_code",
                table: "eldercare_homecare_orders",
                columns: new[] { "institution_code", "id_number", "service_date", "start_time", "item_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_orders_institution_code_service_date",
                table: "eldercare_homecare_orders",
                columns: new[] { "institution_code", "service_date" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_subsidies_division_code_status",
                table: "eldercare_homecare_subsidies",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_subsidies_id_number",
                table: "eldercare_homecare_subsidies",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_subsidies_number",
                table: "eldercare_homecare_subsidies",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_subsidy_events_subsidy_id",
                table: "eldercare_homecare_subsidy_events",
                column: "subsidy_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "eldercare_homecare_bill_lines");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_counters");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_orders");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_subsidy_events");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_uploads");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_bills");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_subsidies");
        }
    }
}
