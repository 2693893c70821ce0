using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ElderCareMeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "eldercare_meal_card_counters",
                columns: table => new
                {
                    district_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_card_counters", x => x.district_code);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_enrolment_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    from_group = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    to_group = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    changed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_enrolment_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    card_number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    hukou_district_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    group = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    group_reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    stopped_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    stop_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    checked_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    enrolled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    person_key = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    meal_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    served_minute = table.Column<int>(type: "INTEGER", nullable: false),
                    meal = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    group = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    subsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    flags = table.Column<int>(type: "INTEGER", nullable: false),
                    rule_key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    upload_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_settlements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    meals = table.Column<int>(type: "INTEGER", nullable: false),
                    subsidised_meals = table.Column<int>(type: "INTEGER", nullable: false),
                    priority_meals = table.Column<int>(type: "INTEGER", nullable: false),
                    priority_subsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    age70_meals = table.Column<int>(type: "INTEGER", nullable: false),
                    age70_subsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidy_total = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    excluded_meals = table.Column<int>(type: "INTEGER", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_settlements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_uploads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    errors_json = table.Column<string>(type: "TEXT", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_uploads", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_enrolment_changes_enrolment_id",
                table: "eldercare_meal_enrolment_changes",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_enrolments_card_number",
                table: "eldercare_meal_enrolments",
                column: "card_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_enrolments_division_code_group",
                table: "eldercare_meal_enrolments",
                columns: new[] { "division_code", "group" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_enrolments_id_number",
                table: "eldercare_meal_enrolments",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_enrolments_person_id",
                table: "eldercare_meal_enrolments",
                column: "person_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_records_division_code_meal_date",
                table: "eldercare_meal_records",
                columns: new[] { "division_code", "meal_date" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_records_institution_code_meal_date_meal_person_key",
                table: "eldercare_meal_records",
                columns: new[] { "institution_code", "meal_date", "meal", "person_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_records_meal_date_enrolment_id",
                table: "eldercare_meal_records",
                columns: new[] { "meal_date", "enrolment_id" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_settlements_institution_code_month",
                table: "eldercare_meal_settlements",
                columns: new[] { "institution_code", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_uploads_institution_code_uploaded_at_utc",
                table: "eldercare_meal_uploads",
                columns: new[] { "institution_code", "uploaded_at_utc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "eldercare_meal_card_counters");

            migrationBuilder.DropTable(
                name: "eldercare_meal_enrolment_changes");

            migrationBuilder.DropTable(
                name: "eldercare_meal_enrolments");

            migrationBuilder.DropTable(
                name: "eldercare_meal_records");

            migrationBuilder.DropTable(
                name: "eldercare_meal_settlements");

            migrationBuilder.DropTable(
                name: "eldercare_meal_uploads");
        }
    }
}
