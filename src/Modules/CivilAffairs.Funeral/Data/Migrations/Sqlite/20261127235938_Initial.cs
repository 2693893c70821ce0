using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Funeral.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "funeral_cemeteries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    @operator = table.Column<string>(name: "operator", type: "TEXT", maxLength: 100, nullable: false),
                    public_welfare = table.Column<bool>(type: "INTEGER", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    used = table.Column<int>(type: "INTEGER", nullable: false),
                    eco_area_capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    eco_area_used = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_cemeteries", x => x.id);
                    table.CheckConstraint("ck_cemeteries_eco_used", "eco_area_used >= 0 AND eco_area_used <= eco_area_capacity");
                    table.CheckConstraint("ck_cemeteries_used", "used >= 0 AND used <= capacity");
                });

            migrationBuilder.CreateTable(
                name: "funeral_certificate_counters",
                columns: table => new
                {
                    home_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_certificate_counters", x => new { x.home_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "funeral_death_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    home_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hukou_division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    died_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    place_text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    died_in_shenzhen = table.Column<bool>(type: "INTEGER", nullable: false),
                    death_certificate_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    cremated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    cremation_certificate_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    invoice_numbers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    charged_total = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    waiver_eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    waiver_reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    waiver_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    self_pay = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    waiver_cap = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    waiver_cap_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    waiver_basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    claim_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    closed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_death_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funeral_death_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    died_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    dispatched_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    outcomes_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_death_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funeral_eco_burials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    burial_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    deceased_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    deceased_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hukou_division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    shenzhen_hukou = table.Column<bool>(type: "INTEGER", nullable: false),
                    date_of_death = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    certificate_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    applicant_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    applicant_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    applicant_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    power_of_attorney = table.Column<bool>(type: "INTEGER", nullable: false),
                    bank_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    bank_account = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    organised_by_civil_affairs = table.Column<bool>(type: "INTEGER", nullable: false),
                    burial_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    cemetery_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    sea_burial_event_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    extra_seats = table.Column<int>(type: "INTEGER", nullable: false),
                    extra_seat_fee = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    seat_basis = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    paper_certificate = table.Column<bool>(type: "INTEGER", nullable: false),
                    paper_applicant_id = table.Column<bool>(type: "INTEGER", nullable: false),
                    paper_relationship = table.Column<bool>(type: "INTEGER", nullable: false),
                    paper_companion_ids = table.Column<bool>(type: "INTEGER", nullable: false),
                    paper_hukou_book = table.Column<bool>(type: "INTEGER", nullable: false),
                    accepted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    accepted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    reward_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    reward_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    reward_basis = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reject_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    payment_batch_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_eco_burials", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funeral_eco_reward_batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false),
                    total = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    prepared_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    paid_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_eco_reward_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funeral_free_service_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    standard = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    inferred = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_free_service_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funeral_homes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_homes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funeral_sea_burial_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    vessel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ashes_capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    passenger_seats = table.Column<int>(type: "INTEGER", nullable: false),
                    ashes_taken = table.Column<int>(type: "INTEGER", nullable: false),
                    seats_taken = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_sea_burial_events", x => x.id);
                    table.CheckConstraint("ck_sea_burial_events_ashes", "ashes_taken >= 0 AND ashes_taken <= ashes_capacity");
                    table.CheckConstraint("ck_sea_burial_events_seats", "seats_taken >= 0 AND seats_taken <= passenger_seats");
                });

            migrationBuilder.CreateTable(
                name: "funeral_waiver_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    home_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    cases = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    imported = table.Column<bool>(type: "INTEGER", nullable: false),
                    prepared_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_waiver_claims", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funeral_delivered_services",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    unit_price = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    charged = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    standard = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    waived = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_delivered_services", x => x.id);
                    table.ForeignKey(
                        name: "FK_funeral_delivered_services_funeral_death_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "funeral_death_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "funeral_eco_burial_companions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funeral_eco_burial_companions", x => x.id);
                    table.ForeignKey(
                        name: "FK_funeral_eco_burial_companions_funeral_eco_burials_application_id",
                        column: x => x.application_id,
                        principalTable: "funeral_eco_burials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_funeral_cemeteries_name",
                table: "funeral_cemeteries",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funeral_death_cases_claim_id",
                table: "funeral_death_cases",
                column: "claim_id");

            migrationBuilder.CreateIndex(
                name: "IX_funeral_death_cases_cremation_certificate_number",
                table: "funeral_death_cases",
                column: "cremation_certificate_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funeral_death_cases_division_code_died_on",
                table: "funeral_death_cases",
                columns: new[] { "division_code", "died_on" });

            migrationBuilder.CreateIndex(
                name: "IX_funeral_death_cases_home_id_cremated_on",
                table: "funeral_death_cases",
                columns: new[] { "home_id", "cremated_on" });

            migrationBuilder.CreateIndex(
                name: "IX_funeral_death_cases_id_number",
                table: "funeral_death_cases",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funeral_death_notices_case_id",
                table: "funeral_death_notices",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_funeral_death_notices_dispatched_at_utc",
                table: "funeral_death_notices",
                column: "dispatched_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_funeral_delivered_services_case_id",
                table: "funeral_delivered_services",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_funeral_eco_burial_companions_application_id",
                table: "funeral_eco_burial_companions",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_funeral_eco_burials_deceased_id_number",
                table: "funeral_eco_burials",
                column: "deceased_id_number",
                unique: true,
                filter: "status <> 'Rejected'");

            migrationBuilder.CreateIndex(
                name: "IX_funeral_eco_burials_division_code_status",
                table: "funeral_eco_burials",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_funeral_eco_burials_number",
                table: "funeral_eco_burials",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funeral_eco_burials_payment_batch_id",
                table: "funeral_eco_burials",
                column: "payment_batch_id");

            migrationBuilder.CreateIndex(
                name: "IX_funeral_eco_burials_sea_burial_event_id",
                table: "funeral_eco_burials",
                column: "sea_burial_event_id");

            migrationBuilder.CreateIndex(
                name: "IX_funeral_eco_reward_batches_number",
                table: "funeral_eco_reward_batches",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funeral_free_service_items_code_valid_from",
                table: "funeral_free_service_items",
                columns: new[] { "code", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funeral_homes_code",
                table: "funeral_homes",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funeral_sea_burial_events_date",
                table: "funeral_sea_burial_events",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "IX_funeral_sea_burial_events_sequence",
                table: "funeral_sea_burial_events",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funeral_waiver_claims_home_id_month",
                table: "funeral_waiver_claims",
                columns: new[] { "home_id", "month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funeral_cemeteries");

            migrationBuilder.DropTable(
                name: "funeral_certificate_counters");

            migrationBuilder.DropTable(
                name: "funeral_death_notices");

            migrationBuilder.DropTable(
                name: "funeral_delivered_services");

            migrationBuilder.DropTable(
                name: "funeral_eco_burial_companions");

            migrationBuilder.DropTable(
                name: "funeral_eco_reward_batches");

            migrationBuilder.DropTable(
                name: "funeral_free_service_items");

            migrationBuilder.DropTable(
                name: "funeral_homes");

            migrationBuilder.DropTable(
                name: "funeral_sea_burial_events");

            migrationBuilder.DropTable(
                name: "funeral_waiver_claims");

            migrationBuilder.DropTable(
                name: "funeral_death_cases");

            migrationBuilder.DropTable(
                name: "funeral_eco_burials");
        }
    }
}
