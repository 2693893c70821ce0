using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Disaster.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "disaster");

            migrationBuilder.CreateTable(
                name: "events",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    affected_divisions = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    head_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    head_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    registry_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    registry_household_id = table.Column<Guid>(type: "uuid", nullable: true),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    members = table.Column<int>(type: "integer", nullable: false),
                    damage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    injured = table.Column<int>(type: "integer", nullable: false),
                    dead = table.Column<int>(type: "integer", nullable: false),
                    missing = table.Column<int>(type: "integer", nullable: false),
                    crop_area_mu = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    property_loss = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    cash_referral_ref = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    cash_case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cash_requested = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    cash_referred_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_households", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reconstruction_subsidies",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    damage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    nominated = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    review_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    publicity_from = table.Column<DateOnly>(type: "date", nullable: true),
                    publicity_until = table.Column<DateOnly>(type: "date", nullable: true),
                    publicity_days = table.Column<int>(type: "integer", nullable: false),
                    street_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    street_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    amount_basis = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    approved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    refused_at = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reconstruction_subsidies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shelter_occupants",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    opening_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    registry_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    checked_in_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    checked_out_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shelter_occupants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shelter_openings",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shelter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    occupants = table.Column<int>(type: "integer", nullable: false),
                    peak = table.Column<int>(type: "integer", nullable: false),
                    opened_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    closed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    opened_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shelter_openings", x => x.id);
                    table.CheckConstraint("ck_shelter_openings_occupants", "occupants >= 0 AND occupants <= capacity");
                });

            migrationBuilder.CreateTable(
                name: "shelters",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shelters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stock",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    warehouse_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    item = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stock", x => x.id);
                    table.CheckConstraint("ck_stock_quantity", "quantity >= 0");
                });

            migrationBuilder.CreateTable(
                name: "stock_movements",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    stock_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    balance = table.Column<int>(type: "integer", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    shelter_opening_id = table.Column<Guid>(type: "uuid", nullable: true),
                    household_id = table.Column<Guid>(type: "uuid", nullable: true),
                    counterparty = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stock_movements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "warehouses",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warehouses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "winter_lists",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    season = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    approved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    return_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_winter_lists", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "responses",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    trigger = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    activated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    activated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ended_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ended_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_responses", x => x.id);
                    table.ForeignKey(
                        name: "FK_responses_events_event_id",
                        column: x => x.event_id,
                        principalSchema: "disaster",
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "subsidy_objections",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subsidy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subsidy_objections", x => x.id);
                    table.ForeignKey(
                        name: "FK_subsidy_objections_reconstruction_subsidies_subsidy_id",
                        column: x => x.subsidy_id,
                        principalSchema: "disaster",
                        principalTable: "reconstruction_subsidies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "winter_entries",
                schema: "disaster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    list_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: true),
                    head_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    head_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    members = table.Column<int>(type: "integer", nullable: false),
                    need = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    amount_basis = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_winter_entries", x => x.id);
                    table.ForeignKey(
                        name: "FK_winter_entries_winter_lists_list_id",
                        column: x => x.list_id,
                        principalSchema: "disaster",
                        principalTable: "winter_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_events_number",
                schema: "disaster",
                table: "events",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_households_event_id_division_code",
                schema: "disaster",
                table: "households",
                columns: new[] { "event_id", "division_code" });

            migrationBuilder.CreateIndex(
                name: "IX_households_event_id_head_id_number",
                schema: "disaster",
                table: "households",
                columns: new[] { "event_id", "head_id_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reconstruction_subsidies_household_id",
                schema: "disaster",
                table: "reconstruction_subsidies",
                column: "household_id",
                unique: true,
                filter: "status <> 'Refused'");

            migrationBuilder.CreateIndex(
                name: "IX_reconstruction_subsidies_number",
                schema: "disaster",
                table: "reconstruction_subsidies",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_responses_event_id",
                schema: "disaster",
                table: "responses",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_shelter_occupants_opening_id",
                schema: "disaster",
                table: "shelter_occupants",
                column: "opening_id");

            migrationBuilder.CreateIndex(
                name: "IX_shelter_openings_event_id_shelter_id",
                schema: "disaster",
                table: "shelter_openings",
                columns: new[] { "event_id", "shelter_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shelters_name",
                schema: "disaster",
                table: "shelters",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stock_warehouse_id_item",
                schema: "disaster",
                table: "stock",
                columns: new[] { "warehouse_id", "item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stock_movements_event_id",
                schema: "disaster",
                table: "stock_movements",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_stock_movements_stock_item_id",
                schema: "disaster",
                table: "stock_movements",
                column: "stock_item_id");

            migrationBuilder.CreateIndex(
                name: "IX_subsidy_objections_subsidy_id",
                schema: "disaster",
                table: "subsidy_objections",
                column: "subsidy_id");

            migrationBuilder.CreateIndex(
                name: "IX_winter_entries_list_id",
                schema: "disaster",
                table: "winter_entries",
                column: "list_id");

            migrationBuilder.CreateIndex(
                name: "IX_winter_lists_division_code_season",
                schema: "disaster",
                table: "winter_lists",
                columns: new[] { "division_code", "season" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "households",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "responses",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "shelter_occupants",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "shelter_openings",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "shelters",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "stock",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "stock_movements",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "subsidy_objections",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "warehouses",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "winter_entries",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "events",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "reconstruction_subsidies",
                schema: "disaster");

            migrationBuilder.DropTable(
                name: "winter_lists",
                schema: "disaster");
        }
    }
}
