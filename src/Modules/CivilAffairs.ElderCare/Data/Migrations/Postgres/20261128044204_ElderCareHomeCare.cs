using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ElderCareHomeCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "homecare_bills",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    orders = table.Column<int>(type: "integer", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidised = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    paid_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    paid_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_bills", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "homecare_counters",
                schema: "eldercare",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "homecare_orders",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    item_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    service_date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    worker_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidy_id = table.Column<Guid>(type: "uuid", nullable: true),
                    bill_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "homecare_subsidies",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    monthly_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    applied_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    start_month = table.Column<DateOnly>(type: "date", nullable: true),
                    end_on = table.Column<DateOnly>(type: "date", nullable: true),
                    stop_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    last_checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_subsidies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "homecare_uploads",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    accepted = table.Column<int>(type: "integer", nullable: false),
                    duplicates = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    errors_json = table.Column<string>(type: "text", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "homecare_bill_lines",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bill_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    orders = table.Column<int>(type: "integer", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    entitlement = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidised = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidy_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_bill_lines", x => x.id);
                    table.ForeignKey(
                        name: "FK_homecare_bill_lines_homecare_bills_bill_id",
                        column: x => x.bill_id,
                        principalSchema: "eldercare",
                        principalTable: "homecare_bills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "homecare_subsidy_events",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subsidy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_subsidy_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_homecare_subsidy_events_homecare_subsidies_subsidy_id",
                        column: x => x.subsidy_id,
                        principalSchema: "eldercare",
                        principalTable: "homecare_subsidies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_homecare_bill_lines_bill_id",
                schema: "eldercare",
                table: "homecare_bill_lines",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "IX_homecare_bills_division_code_status",
                schema: "eldercare",
                table: "homecare_bills",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_homecare_bills_institution_code_month",
                schema: "eldercare",
                table: "homecare_bills",
                columns: new[] { "institution_code", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_homecare_orders_bill_id",
                schema: "eldercare",
                table: "homecare_orders",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "IX_homecare_orders_institution_code_id_number_service_date_sta~",
                schema: "eldercare",
                table: "homecare_orders",
                columns: new[] { "institution_code", "id_number", "service_date", "start_time", "item_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_homecare_orders_institution_code_service_date",
                schema: "eldercare",
                table: "homecare_orders",
                columns: new[] { "institution_code", "service_date" });

            migrationBuilder.CreateIndex(
                name: "IX_homecare_subsidies_division_code_status",
                schema: "eldercare",
                table: "homecare_subsidies",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_homecare_subsidies_id_number",
                schema: "eldercare",
                table: "homecare_subsidies",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_homecare_subsidies_number",
                schema: "eldercare",
                table: "homecare_subsidies",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_homecare_subsidy_events_subsidy_id",
                schema: "eldercare",
                table: "homecare_subsidy_events",
                column: "subsidy_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "homecare_bill_lines",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_counters",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_orders",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_subsidy_events",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_uploads",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_bills",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_subsidies",
                schema: "eldercare");
        }
    }
}
