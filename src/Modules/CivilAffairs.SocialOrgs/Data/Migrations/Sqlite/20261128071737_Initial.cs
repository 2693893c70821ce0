using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialOrgs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "socialorgs_credit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    list = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    source_ref = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_by = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    listed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    listed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    removed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    removal_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    removed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_credit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_number_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_organization_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_organization_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_organizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    credit_code_warning = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    authority_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    supervising_unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    is_industry_association = table.Column<bool>(type: "INTEGER", nullable: false),
                    legal_representative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    registered_capital = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    business_scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    established_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    is_charitable = table.Column<bool>(type: "INTEGER", nullable: false),
                    charitable_since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    public_fundraising = table.Column<bool>(type: "INTEGER", nullable: false),
                    last_inspection_year = table.Column<int>(type: "INTEGER", nullable: true),
                    last_inspection_result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    credit_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rectifying = table.Column<bool>(type: "INTEGER", nullable: false),
                    imported = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_organizations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_entries_list_removed_on_listed_on",
                table: "socialorgs_credit_entries",
                columns: new[] { "list", "removed_on", "listed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_entries_number",
                table: "socialorgs_credit_entries",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_entries_organization_id_list_removed_on",
                table: "socialorgs_credit_entries",
                columns: new[] { "organization_id", "list", "removed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_organization_events_organization_id_occurred_on",
                table: "socialorgs_organization_events",
                columns: new[] { "organization_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_organizations_authority_code_status",
                table: "socialorgs_organizations",
                columns: new[] { "authority_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_organizations_credit_code",
                table: "socialorgs_organizations",
                column: "credit_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_organizations_division_code_type_status",
                table: "socialorgs_organizations",
                columns: new[] { "division_code", "type", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_organizations_name",
                table: "socialorgs_organizations",
                column: "name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "socialorgs_credit_entries");

            migrationBuilder.DropTable(
                name: "socialorgs_number_counters");

            migrationBuilder.DropTable(
                name: "socialorgs_organization_events");

            migrationBuilder.DropTable(
                name: "socialorgs_organizations");
        }
    }
}
