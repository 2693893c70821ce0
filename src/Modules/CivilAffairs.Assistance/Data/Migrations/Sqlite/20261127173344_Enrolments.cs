using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Enrolments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assistance_enrolment_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_enrolment_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    programme = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    head_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    head_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    enrol_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    stopped_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    review_category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    next_review_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    bank_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    financial_assets = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    residential_units = table.Column<int>(type: "INTEGER", nullable: false),
                    non_residential_units = table.Column<int>(type: "INTEGER", nullable: false),
                    vehicles = table.Column<int>(type: "INTEGER", nullable: false),
                    business_registrations = table.Column<int>(type: "INTEGER", nullable: false),
                    monthly_benefit = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_enrolment_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    relation = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    monthly_income = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    income_items_json = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    disability_grade = table.Column<int>(type: "INTEGER", nullable: true),
                    serious_illness = table.Column<bool>(type: "INTEGER", nullable: false),
                    student = table.Column<bool>(type: "INTEGER", nullable: false),
                    shenzhen_hukou = table.Column<bool>(type: "INTEGER", nullable: false),
                    adl_not_achieved = table.Column<int>(type: "INTEGER", nullable: true),
                    left_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    left_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_enrolment_members", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_enrolment_members_assistance_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "assistance_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolment_events_enrolment_id",
                table: "assistance_enrolment_events",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolment_members_enrolment_id",
                table: "assistance_enrolment_members",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolment_members_id_number",
                table: "assistance_enrolment_members",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolments_application_id",
                table: "assistance_enrolments",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolments_division_code",
                table: "assistance_enrolments",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolments_head_id_number",
                table: "assistance_enrolments",
                column: "head_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolments_next_review_on",
                table: "assistance_enrolments",
                column: "next_review_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_enrolment_events");

            migrationBuilder.DropTable(
                name: "assistance_enrolment_members");

            migrationBuilder.DropTable(
                name: "assistance_enrolments");
        }
    }
}
