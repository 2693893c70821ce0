using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialOrgs.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Credit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "period_start",
                schema: "socialorgs",
                table: "credit_entries",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "restarts",
                schema: "socialorgs",
                table: "credit_entries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "rule_note",
                schema: "socialorgs",
                table: "credit_entries",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "credit_letters",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    tracking_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    returned_unsigned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    verdict = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    entry_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_letters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credit_removals",
                schema: "socialorgs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entry_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    list = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    @fixed = table.Column<string>(name: "fixed", type: "character varying(200)", maxLength: 200, nullable: false),
                    proof = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    due_by = table.Column<DateOnly>(type: "date", nullable: false),
                    rule_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    auto_check = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    verified_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    verify_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_removals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credit_letters_number",
                schema: "socialorgs",
                table: "credit_letters",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credit_letters_organization_id_sent_on",
                schema: "socialorgs",
                table: "credit_letters",
                columns: new[] { "organization_id", "sent_on" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_removals_entry_id_status",
                schema: "socialorgs",
                table: "credit_removals",
                columns: new[] { "entry_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_removals_number",
                schema: "socialorgs",
                table: "credit_removals",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_credit_removals_status_due_by",
                schema: "socialorgs",
                table: "credit_removals",
                columns: new[] { "status", "due_by" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_letters",
                schema: "socialorgs");

            migrationBuilder.DropTable(
                name: "credit_removals",
                schema: "socialorgs");

            migrationBuilder.DropColumn(
                name: "period_start",
                schema: "socialorgs",
                table: "credit_entries");

            migrationBuilder.DropColumn(
                name: "restarts",
                schema: "socialorgs",
                table: "credit_entries");

            migrationBuilder.DropColumn(
                name: "rule_note",
                schema: "socialorgs",
                table: "credit_entries");
        }
    }
}
