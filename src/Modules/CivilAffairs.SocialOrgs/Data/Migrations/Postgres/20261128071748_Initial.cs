using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialOrgs.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "socialorgs");

            migrationBuilder.CreateTable(
                name: "credit_entries",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    list = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    trigger = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    source_ref = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_by = table.Column<DateOnly>(type: "date", nullable: false),
                    listed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    listed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    removed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    removal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    removed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "socialorgs",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "organization_events",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organizations",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    credit_code_warning = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    authority_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    supervising_unit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    field = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    is_industry_association = table.Column<bool>(type: "boolean", nullable: false),
                    legal_representative = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    registered_capital = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    business_scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    established_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_charitable = table.Column<bool>(type: "boolean", nullable: false),
                    charitable_since = table.Column<DateOnly>(type: "date", nullable: true),
                    public_fundraising = table.Column<bool>(type: "boolean", nullable: false),
                    last_inspection_year = table.Column<int>(type: "integer", nullable: true),
                    last_inspection_result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    credit_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rectifying = table.Column<bool>(type: "boolean", nullable: false),
                    imported = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organizations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credit_entries_list_removed_on_listed_on",
                schema: "socialorgs",
                table: "credit_entries",
                columns: new[] { "list", "removed_on", "listed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_entries_number",
                schema: "socialorgs",
                table: "credit_entries",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credit_entries_organization_id_list_removed_on",
                schema: "socialorgs",
                table: "credit_entries",
                columns: new[] { "organization_id", "list", "removed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_organization_events_organization_id_occurred_on",
                schema: "socialorgs",
                table: "organization_events",
                columns: new[] { "organization_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "IX_organizations_authority_code_status",
                schema: "socialorgs",
                table: "organizations",
                columns: new[] { "authority_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_organizations_credit_code",
                schema: "socialorgs",
                table: "organizations",
                column: "credit_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organizations_division_code_type_status",
                schema: "socialorgs",
                table: "organizations",
                columns: new[] { "division_code", "type", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_organizations_name",
                schema: "socialorgs",
                table: "organizations",
                column: "name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_entries",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "organization_events",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "organizations",
                schema: "socialorgs");
        }
    }
}
