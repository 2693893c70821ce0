using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ElderCareMeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "meal_card_counters",
                schema: "eldercare",
                columns: table => new
                {
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_card_counters", x => x.district_code);
                });

            migrationBuilder.CreateTable(
                name: "meal_enrolment_changes",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    change = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    from_group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    to_group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_enrolment_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meal_enrolments",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    card_number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    hukou_district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    group_reason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    stopped_on = table.Column<DateOnly>(type: "date", nullable: true),
                    stop_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    checked_on = table.Column<DateOnly>(type: "date", nullable: false),
                    enrolled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meal_records",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    person_key = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    meal_date = table.Column<DateOnly>(type: "date", nullable: false),
                    served_minute = table.Column<int>(type: "integer", nullable: false),
                    meal = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    subsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    flags = table.Column<int>(type: "integer", nullable: false),
                    rule_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    upload_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meal_settlements",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    meals = table.Column<int>(type: "integer", nullable: false),
                    subsidised_meals = table.Column<int>(type: "integer", nullable: false),
                    priority_meals = table.Column<int>(type: "integer", nullable: false),
                    priority_subsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    age70_meals = table.Column<int>(type: "integer", nullable: false),
                    age70_subsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidy_total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    excluded_meals = table.Column<int>(type: "integer", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_settlements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meal_uploads",
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
                    table.PrimaryKey("PK_meal_uploads", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_meal_enrolment_changes_enrolment_id",
                schema: "eldercare",
                table: "meal_enrolment_changes",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_meal_enrolments_card_number",
                schema: "eldercare",
                table: "meal_enrolments",
                column: "card_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_enrolments_division_code_group",
                schema: "eldercare",
                table: "meal_enrolments",
                columns: new[] { "division_code", "group" });

            migrationBuilder.CreateIndex(
                name: "IX_meal_enrolments_id_number",
                schema: "eldercare",
                table: "meal_enrolments",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_enrolments_person_id",
                schema: "eldercare",
                table: "meal_enrolments",
                column: "person_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_records_division_code_meal_date",
                schema: "eldercare",
                table: "meal_records",
                columns: new[] { "division_code", "meal_date" });

            migrationBuilder.CreateIndex(
                name: "IX_meal_records_institution_code_meal_date_meal_person_key",
                schema: "eldercare",
                table: "meal_records",
                columns: new[] { "institution_code", "meal_date", "meal", "person_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_records_meal_date_enrolment_id",
                schema: "eldercare",
                table: "meal_records",
                columns: new[] { "meal_date", "enrolment_id" });

            migrationBuilder.CreateIndex(
                name: "IX_meal_settlements_institution_code_month",
                schema: "eldercare",
                table: "meal_settlements",
                columns: new[] { "institution_code", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_uploads_institution_code_uploaded_at_utc",
                schema: "eldercare",
                table: "meal_uploads",
                columns: new[] { "institution_code", "uploaded_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meal_card_counters",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_enrolment_changes",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_enrolments",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_records",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_settlements",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_uploads",
                schema: "eldercare");
        }
    }
}
