using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registry");

            migrationBuilder.CreateTable(
                name: "division_changes",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    old_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    new_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    old_parent_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    new_parent_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    description = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_division_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "divisions",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    parent_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    is_special_unit = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_divisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    head_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    is_shenzhen_hukou = table.Column<bool>(type: "boolean", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_households", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "management_areas",
                schema: "registry",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    note = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_management_areas", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    hukou_division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    is_shenzhen_hukou = table.Column<bool>(type: "boolean", nullable: false),
                    address = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_persons", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "household_members",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    relationship_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_household_members", x => x.id);
                    table.ForeignKey(
                        name: "FK_household_members_households_household_id",
                        column: x => x.household_id,
                        principalSchema: "registry",
                        principalTable: "households",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "management_area_members",
                schema: "registry",
                columns: table => new
                {
                    area_key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_management_area_members", x => new { x.area_key, x.division_code });
                    table.ForeignKey(
                        name: "FK_management_area_members_management_areas_area_key",
                        column: x => x.area_key,
                        principalSchema: "registry",
                        principalTable: "management_areas",
                        principalColumn: "key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_division_changes_new_code",
                schema: "registry",
                table: "division_changes",
                column: "new_code");

            migrationBuilder.CreateIndex(
                name: "IX_division_changes_old_code",
                schema: "registry",
                table: "division_changes",
                column: "old_code");

            migrationBuilder.CreateIndex(
                name: "IX_divisions_code_valid_from",
                schema: "registry",
                table: "divisions",
                columns: new[] { "code", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_divisions_name",
                schema: "registry",
                table: "divisions",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "IX_divisions_parent_code",
                schema: "registry",
                table: "divisions",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "IX_household_members_household_id",
                schema: "registry",
                table: "household_members",
                column: "household_id");

            migrationBuilder.CreateIndex(
                name: "IX_household_members_person_id",
                schema: "registry",
                table: "household_members",
                column: "person_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_households_division_code",
                schema: "registry",
                table: "households",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_households_head_person_id",
                schema: "registry",
                table: "households",
                column: "head_person_id");

            migrationBuilder.CreateIndex(
                name: "IX_persons_division_code",
                schema: "registry",
                table: "persons",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_persons_document_type_id_number",
                schema: "registry",
                table: "persons",
                columns: new[] { "document_type", "id_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_persons_name",
                schema: "registry",
                table: "persons",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "IX_persons_phone",
                schema: "registry",
                table: "persons",
                column: "phone");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "division_changes",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "divisions",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "household_members",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "management_area_members",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "persons",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "households",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "management_areas",
                schema: "registry");
        }
    }
}
