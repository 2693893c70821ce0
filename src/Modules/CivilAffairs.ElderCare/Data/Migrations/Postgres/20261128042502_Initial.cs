using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "eldercare");

            migrationBuilder.CreateTable(
                name: "elder_profiles",
                schema: "eldercare",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    living = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    lost_only_child = table.Column<bool>(type: "boolean", nullable: false),
                    only_child_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    three_no = table.Column<bool>(type: "boolean", nullable: false),
                    entitled = table.Column<bool>(type: "boolean", nullable: false),
                    disability_grade = table.Column<int>(type: "integer", nullable: true),
                    care_level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    next_assessment_on = table.Column<DateOnly>(type: "date", nullable: true),
                    care_diagnosis_certified = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elder_profiles", x => x.person_id);
                });

            migrationBuilder.CreateTable(
                name: "institutions",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ownership = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    licence_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    @operator = table.Column<string>(name: "operator", type: "character varying(100)", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institutions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_elder_profiles_division_code",
                schema: "eldercare",
                table: "elder_profiles",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_elder_profiles_id_number",
                schema: "eldercare",
                table: "elder_profiles",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_institutions_code",
                schema: "eldercare",
                table: "institutions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_institutions_division_code_kind",
                schema: "eldercare",
                table: "institutions",
                columns: new[] { "division_code", "kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "elder_profiles",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "institutions",
                schema: "eldercare");
        }
    }
}
