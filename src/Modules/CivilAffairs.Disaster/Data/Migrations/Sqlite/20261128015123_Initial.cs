using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Disaster.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "disaster_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    affected_divisions = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disaster_households",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    head_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    head_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    registry_person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    registry_household_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    members = table.Column<int>(type: "INTEGER", nullable: false),
                    damage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    injured = table.Column<int>(type: "INTEGER", nullable: false),
                    dead = table.Column<int>(type: "INTEGER", nullable: false),
                    missing = table.Column<int>(type: "INTEGER", nullable: false),
                    crop_area_mu = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    property_loss = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    cash_referral_ref = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    cash_case_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    cash_requested = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    cash_referred_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_households", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disaster_reconstruction_subsidies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    household_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    damage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    nominated = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    review_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    publicity_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    publicity_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    publicity_days = table.Column<int>(type: "INTEGER", nullable: false),
                    street_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    street_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    amount_basis = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    approved_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    refused_at = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    refusal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_reconstruction_subsidies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disaster_shelter_occupants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    opening_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    registry_person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    checked_in_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    checked_out_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_shelter_occupants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disaster_shelter_openings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    shelter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    occupants = table.Column<int>(type: "INTEGER", nullable: false),
                    peak = table.Column<int>(type: "INTEGER", nullable: false),
                    opened_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    closed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    opened_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_shelter_openings", x => x.id);
                    table.CheckConstraint("ck_shelter_openings_occupants", "occupants >= 0 AND occupants <= capacity");
                });

            migrationBuilder.CreateTable(
                name: "disaster_shelters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_shelters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disaster_stock",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    warehouse_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    item = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_stock", x => x.id);
                    table.CheckConstraint("ck_stock_quantity", "quantity >= 0");
                });

            migrationBuilder.CreateTable(
                name: "disaster_stock_movements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    stock_item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    balance = table.Column<int>(type: "INTEGER", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    shelter_opening_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    household_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    counterparty = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    signed_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_stock_movements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disaster_warehouses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_warehouses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disaster_winter_lists",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    season = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    approved_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_winter_lists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "disaster_responses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    activated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    activated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ended_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ended_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_responses", x => x.id);
                    table.ForeignKey(
                        name: "FK_disaster_responses_disaster_events_event_id",
                        column: x => x.event_id,
                        principalTable: "disaster_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "disaster_subsidy_objections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subsidy_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_subsidy_objections", x => x.id);
                    table.ForeignKey(
                        name: "FK_disaster_subsidy_objections_disaster_reconstruction_subsidies_subsidy_id",
                        column: x => x.subsidy_id,
                        principalTable: "disaster_reconstruction_subsidies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "disaster_winter_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    list_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    household_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    head_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    head_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    members = table.Column<int>(type: "INTEGER", nullable: false),
                    need = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    amount_basis = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disaster_winter_entries", x => x.id);
                    table.ForeignKey(
                        name: "FK_disaster_winter_entries_disaster_winter_lists_list_id",
                        column: x => x.list_id,
                        principalTable: "disaster_winter_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_disaster_events_number",
                table: "disaster_events",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disaster_households_event_id_division_code",
                table: "disaster_households",
                columns: new[] { "event_id", "division_code" });

            migrationBuilder.CreateIndex(
                name: "IX_disaster_households_event_id_head_id_number",
                table: "disaster_households",
                columns: new[] { "event_id", "head_id_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disaster_reconstruction_subsidies_household_id",
                table: "disaster_reconstruction_subsidies",
                column: "household_id",
                unique: true,
                filter: "status <> 'Refused'");

            migrationBuilder.CreateIndex(
                name: "IX_disaster_reconstruction_subsidies_number",
                table: "disaster_reconstruction_subsidies",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disaster_responses_event_id",
                table: "disaster_responses",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_disaster_shelter_occupants_opening_id",
                table: "disaster_shelter_occupants",
                column: "opening_id");

            migrationBuilder.CreateIndex(
                name: "IX_disaster_shelter_openings_event_id_shelter_id",
                table: "disaster_shelter_openings",
                columns: new[] { "event_id", "shelter_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disaster_shelters_name",
                table: "disaster_shelters",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disaster_stock_warehouse_id_item",
                table: "disaster_stock",
                columns: new[] { "warehouse_id", "item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disaster_stock_movements_event_id",
                table: "disaster_stock_movements",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_disaster_stock_movements_stock_item_id",
                table: "disaster_stock_movements",
                column: "stock_item_id");

            migrationBuilder.CreateIndex(
                name: "IX_disaster_subsidy_objections_subsidy_id",
                table: "disaster_subsidy_objections",
                column: "subsidy_id");

            migrationBuilder.CreateIndex(
                name: "IX_disaster_winter_entries_list_id",
                table: "disaster_winter_entries",
                column: "list_id");

            migrationBuilder.CreateIndex(
                name: "IX_disaster_winter_lists_division_code_season",
                table: "disaster_winter_lists",
                columns: new[] { "division_code", "season" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disaster_households");

            migrationBuilder.DropTable(
                name: "disaster_responses");

            migrationBuilder.DropTable(
                name: "disaster_shelter_occupants");

            migrationBuilder.DropTable(
                name: "disaster_shelter_openings");

            migrationBuilder.DropTable(
                name: "disaster_shelters");

            migrationBuilder.DropTable(
                name: "disaster_stock");

            migrationBuilder.DropTable(
                name: "disaster_stock_movements");

            migrationBuilder.DropTable(
                name: "disaster_subsidy_objections");

            migrationBuilder.DropTable(
                name: "disaster_warehouses");

            migrationBuilder.DropTable(
                name: "disaster_winter_entries");

            migrationBuilder.DropTable(
                name: "disaster_events");

            migrationBuilder.DropTable(
                name: "disaster_reconstruction_subsidies");

            migrationBuilder.DropTable(
                name: "disaster_winter_lists");
        }
    }
}
