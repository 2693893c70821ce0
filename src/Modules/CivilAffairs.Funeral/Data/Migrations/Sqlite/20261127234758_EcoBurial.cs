using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Funeral.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EcoBurial : Migration
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
                name: "IX_funeral_sea_burial_events_date",
                table: "funeral_sea_burial_events",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "IX_funeral_sea_burial_events_sequence",
                table: "funeral_sea_burial_events",
                column: "sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funeral_cemeteries");

            migrationBuilder.DropTable(
                name: "funeral_eco_burial_companions");

            migrationBuilder.DropTable(
                name: "funeral_eco_reward_batches");

            migrationBuilder.DropTable(
                name: "funeral_sea_burial_events");

            migrationBuilder.DropTable(
                name: "funeral_eco_burials");
        }
    }
}
