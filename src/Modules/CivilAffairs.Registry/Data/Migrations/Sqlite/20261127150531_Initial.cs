using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_division_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    effective_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    old_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    new_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    old_parent_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    new_parent_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_division_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_divisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    is_special_unit = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_divisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_households",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    head_person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    is_shenzhen_hukou = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_households", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_management_areas",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_management_areas", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "registry_persons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    hukou_division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    is_shenzhen_hukou = table.Column<bool>(type: "INTEGER", nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_persons", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_household_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    household_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    relationship_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_household_members", x => x.id);
                    table.ForeignKey(
                        name: "FK_registry_household_members_registry_households_household_id",
                        column: x => x.household_id,
                        principalTable: "registry_households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_management_area_members",
                columns: table => new
                {
                    area_key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_management_area_members", x => new { x.area_key, x.division_code });
                    table.ForeignKey(
                        name: "FK_registry_management_area_members_registry_management_areas_area_key",
                        column: x => x.area_key,
                        principalTable: "registry_management_areas",
                        principalColumn: "key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_division_changes_new_code",
                table: "registry_division_changes",
                column: "new_code");

            migrationBuilder.CreateIndex(
                name: "IX_registry_division_changes_old_code",
                table: "registry_division_changes",
                column: "old_code");

            migrationBuilder.CreateIndex(
                name: "IX_registry_divisions_code_valid_from",
                table: "registry_divisions",
                columns: new[] { "code", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_divisions_name",
                table: "registry_divisions",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "IX_registry_divisions_parent_code",
                table: "registry_divisions",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "IX_registry_household_members_household_id",
                table: "registry_household_members",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_household_members_person_id",
                table: "registry_household_members",
                column: "person_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_households_division_code",
                table: "registry_households",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_registry_households_head_person_id",
                table: "registry_households",
                column: "head_person_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_division_code",
                table: "registry_persons",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_document_type_id_number",
                table: "registry_persons",
                columns: new[] { "document_type", "id_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_name",
                table: "registry_persons",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "IX_registry_persons_phone",
                table: "registry_persons",
                column: "phone");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_division_changes");

            migrationBuilder.DropTable(
                name: "registry_divisions");

            migrationBuilder.DropTable(
                name: "registry_household_members");

            migrationBuilder.DropTable(
                name: "registry_management_area_members");

            migrationBuilder.DropTable(
                name: "registry_persons");

            migrationBuilder.DropTable(
                name: "registry_households");

            migrationBuilder.DropTable(
                name: "registry_management_areas");
        }
    }
}
