using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RescueCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "assistance_case_id",
                schema: "rescue",
                table: "cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "assistance_referred_at_utc",
                schema: "rescue",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "birth_date",
                schema: "rescue",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "build",
                schema: "rescue",
                table: "cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "category",
                schema: "rescue",
                table: "cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "category_confirmed_by",
                schema: "rescue",
                table: "cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closure_reason",
                schema: "rescue",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "clothing",
                schema: "rescue",
                table: "cases",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "found_by",
                schema: "rescue",
                table: "cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "found_by_unit",
                schema: "rescue",
                table: "cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "health",
                schema: "rescue",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hukou_approved_by",
                schema: "rescue",
                table: "cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "hukou_settled_on",
                schema: "rescue",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "intake_by",
                schema: "rescue",
                table: "cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "intellectual_state",
                schema: "rescue",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "left_at_utc",
                schema: "rescue",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mental_state",
                schema: "rescue",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "observed_disabled",
                schema: "rescue",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "observed_mental_illness",
                schema: "rescue",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "observed_sick",
                schema: "rescue",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "physical_features",
                schema: "rescue",
                table: "cases",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "placed_on",
                schema: "rescue",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "placement_institution",
                schema: "rescue",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "police_escorted",
                schema: "rescue",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "room_id",
                schema: "rescue",
                table: "cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "stay_norm_days",
                schema: "rescue",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "suggested_category",
                schema: "rescue",
                table: "cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "belongings",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    item = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    registered_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    returned_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_signed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_belongings", x => x.id);
                    table.ForeignKey(
                        name: "FK_belongings_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_counters",
                schema: "rescue",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    what = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_events_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hand_overs",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    receiver_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    relationship = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    receiver_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    handed_over_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hand_overs", x => x.id);
                    table.ForeignKey(
                        name: "FK_hand_overs_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "medical_referrals",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    hospital = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    returned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_medical_referrals", x => x.id);
                    table.ForeignKey(
                        name: "FK_medical_referrals_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rooms",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rooms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stay_extensions",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    reason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    requested_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stay_extensions", x => x.id);
                    table.ForeignKey(
                        name: "FK_stay_extensions_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "travel_tickets",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    destination = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    travel_on = table.Column<DateOnly>(type: "date", nullable: false),
                    fare = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    escort = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    issued_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    issued_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_travel_tickets", x => x.id);
                    table.ForeignKey(
                        name: "FK_travel_tickets_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_admitted_at_utc",
                schema: "rescue",
                table: "cases",
                column: "admitted_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_cases_room_id",
                schema: "rescue",
                table: "cases",
                column: "room_id");

            migrationBuilder.CreateIndex(
                name: "IX_belongings_case_id",
                schema: "rescue",
                table: "belongings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_case_id_at_utc",
                schema: "rescue",
                table: "case_events",
                columns: new[] { "case_id", "at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_hand_overs_case_id",
                schema: "rescue",
                table: "hand_overs",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_medical_referrals_case_id",
                schema: "rescue",
                table: "medical_referrals",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rooms_division_code_code",
                schema: "rescue",
                table: "rooms",
                columns: new[] { "division_code", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stay_extensions_case_id_status",
                schema: "rescue",
                table: "stay_extensions",
                columns: new[] { "case_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_travel_tickets_case_id",
                schema: "rescue",
                table: "travel_tickets",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "belongings",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "case_counters",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "case_events",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "hand_overs",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "medical_referrals",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "rooms",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "stay_extensions",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "travel_tickets",
                schema: "rescue");

            migrationBuilder.DropIndex(
                name: "IX_cases_admitted_at_utc",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_room_id",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "assistance_case_id",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "assistance_referred_at_utc",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "birth_date",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "build",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "category",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "category_confirmed_by",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "closure_reason",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "clothing",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "found_by",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "found_by_unit",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "health",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "hukou_approved_by",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "hukou_settled_on",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "intake_by",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "intellectual_state",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "left_at_utc",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "mental_state",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "observed_disabled",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "observed_mental_illness",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "observed_sick",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "physical_features",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "placed_on",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "placement_institution",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "police_escorted",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "room_id",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "stay_norm_days",
                schema: "rescue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "suggested_category",
                schema: "rescue",
                table: "cases");
        }
    }
}
