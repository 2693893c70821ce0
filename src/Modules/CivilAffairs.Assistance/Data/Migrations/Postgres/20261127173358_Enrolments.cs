using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Enrolments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enrolment_events",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrolment_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "enrolments",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    programme = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    head_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    head_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    enrol_from = table.Column<DateOnly>(type: "date", nullable: false),
                    stopped_from = table.Column<DateOnly>(type: "date", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    review_category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    next_review_on = table.Column<DateOnly>(type: "date", nullable: true),
                    bank_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    financial_assets = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    residential_units = table.Column<int>(type: "integer", nullable: false),
                    non_residential_units = table.Column<int>(type: "integer", nullable: false),
                    vehicles = table.Column<int>(type: "integer", nullable: false),
                    business_registrations = table.Column<int>(type: "integer", nullable: false),
                    monthly_benefit = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "enrolment_members",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    relation = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    monthly_income = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    income_items_json = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    disability_grade = table.Column<int>(type: "integer", nullable: true),
                    serious_illness = table.Column<bool>(type: "boolean", nullable: false),
                    student = table.Column<bool>(type: "boolean", nullable: false),
                    shenzhen_hukou = table.Column<bool>(type: "boolean", nullable: false),
                    adl_not_achieved = table.Column<int>(type: "integer", nullable: true),
                    left_from = table.Column<DateOnly>(type: "date", nullable: true),
                    left_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrolment_members", x => x.id);
                    table.ForeignKey(
                        name: "FK_enrolment_members_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalSchema: "assistance",
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enrolment_events_enrolment_id",
                schema: "assistance",
                table: "enrolment_events",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_enrolment_members_enrolment_id",
                schema: "assistance",
                table: "enrolment_members",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_enrolment_members_id_number",
                schema: "assistance",
                table: "enrolment_members",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_application_id",
                schema: "assistance",
                table: "enrolments",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_division_code",
                schema: "assistance",
                table: "enrolments",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_head_id_number",
                schema: "assistance",
                table: "enrolments",
                column: "head_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_next_review_on",
                schema: "assistance",
                table: "enrolments",
                column: "next_review_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enrolment_events",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "enrolment_members",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "enrolments",
                schema: "assistance");
        }
    }
}
