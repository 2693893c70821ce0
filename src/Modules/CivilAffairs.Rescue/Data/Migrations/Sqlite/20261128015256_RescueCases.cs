using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RescueCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "assistance_case_id",
                table: "rescue_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "assistance_referred_at_utc",
                table: "rescue_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "birth_date",
                table: "rescue_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "build",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "category",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "category_confirmed_by",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "closure_reason",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "clothing",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "found_by",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "found_by_unit",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "health",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hukou_approved_by",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "hukou_settled_on",
                table: "rescue_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "intake_by",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "intellectual_state",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "left_at_utc",
                table: "rescue_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mental_state",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "observed_disabled",
                table: "rescue_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "observed_mental_illness",
                table: "rescue_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "observed_sick",
                table: "rescue_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "physical_features",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "placed_on",
                table: "rescue_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "placement_institution",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "police_escorted",
                table: "rescue_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "room_id",
                table: "rescue_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "stay_norm_days",
                table: "rescue_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "suggested_category",
                table: "rescue_cases",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "rescue_belongings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    item = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    registered_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    returned_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_signed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_belongings", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_belongings_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_case_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_case_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "rescue_case_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    what = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_case_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_case_events_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_hand_overs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    receiver_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    receiver_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    handed_over_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_hand_overs", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_hand_overs_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_medical_referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    hospital = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    returned_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_medical_referrals", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_medical_referrals_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_rooms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_rooms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rescue_stay_extensions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    requested_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    requested_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_stay_extensions", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_stay_extensions_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_travel_tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    destination = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    travel_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    fare = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    escort = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    issued_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_travel_tickets", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_travel_tickets_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_cases_admitted_at_utc",
                table: "rescue_cases",
                column: "admitted_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_cases_room_id",
                table: "rescue_cases",
                column: "room_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_belongings_case_id",
                table: "rescue_belongings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_case_events_case_id_at_utc",
                table: "rescue_case_events",
                columns: new[] { "case_id", "at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_hand_overs_case_id",
                table: "rescue_hand_overs",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_medical_referrals_case_id",
                table: "rescue_medical_referrals",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_rooms_division_code_code",
                table: "rescue_rooms",
                columns: new[] { "division_code", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_stay_extensions_case_id_status",
                table: "rescue_stay_extensions",
                columns: new[] { "case_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_travel_tickets_case_id",
                table: "rescue_travel_tickets",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rescue_belongings");

            migrationBuilder.DropTable(
                name: "rescue_case_counters");

            migrationBuilder.DropTable(
                name: "rescue_case_events");

            migrationBuilder.DropTable(
                name: "rescue_hand_overs");

            migrationBuilder.DropTable(
                name: "rescue_medical_referrals");

            migrationBuilder.DropTable(
                name: "rescue_rooms");

            migrationBuilder.DropTable(
                name: "rescue_stay_extensions");

            migrationBuilder.DropTable(
                name: "rescue_travel_tickets");

            migrationBuilder.DropIndex(
                name: "IX_rescue_cases_admitted_at_utc",
                table: "rescue_cases");

            migrationBuilder.DropIndex(
                name: "IX_rescue_cases_room_id",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "assistance_case_id",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "assistance_referred_at_utc",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "birth_date",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "build",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "category",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "category_confirmed_by",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "closure_reason",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "clothing",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "found_by",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "found_by_unit",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "health",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "hukou_approved_by",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "hukou_settled_on",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "intake_by",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "intellectual_state",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "left_at_utc",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "mental_state",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "observed_disabled",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "observed_mental_illness",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "observed_sick",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "physical_features",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "placed_on",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "placement_institution",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "police_escorted",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "room_id",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "stay_norm_days",
                table: "rescue_cases");

            migrationBuilder.DropColumn(
                name: "suggested_category",
                table: "rescue_cases");
        }
    }
}
