using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "eldercare_elder_profiles",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    living = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    lost_only_child = table.Column<bool>(type: "INTEGER", nullable: false),
                    only_child_disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    three_no = table.Column<bool>(type: "INTEGER", nullable: false),
                    entitled = table.Column<bool>(type: "INTEGER", nullable: false),
                    disability_grade = table.Column<int>(type: "INTEGER", nullable: true),
                    care_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    next_assessment_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    care_diagnosis_certified = table.Column<bool>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_elder_profiles", x => x.person_id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_institutions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ownership = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    licence_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    @operator = table.Column<string>(name: "operator", type: "TEXT", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    opened_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_institutions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_elder_profiles_division_code",
                table: "eldercare_elder_profiles",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_elder_profiles_id_number",
                table: "eldercare_elder_profiles",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_institutions_code",
                table: "eldercare_institutions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_institutions_division_code_kind",
                table: "eldercare_institutions",
                columns: new[] { "division_code", "kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "eldercare_elder_profiles");

            migrationBuilder.DropTable(
                name: "eldercare_institutions");
        }
    }
}
