using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialOrgs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Credit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "period_start",
                table: "socialorgs_credit_entries",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "restarts",
                table: "socialorgs_credit_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "rule_note",
                table: "socialorgs_credit_entries",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "socialorgs_credit_letters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    tracking_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    returned_unsigned_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    verdict = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    entry_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_credit_letters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_credit_removals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    entry_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entry_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    list = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    @fixed = table.Column<string>(name: "fixed", type: "TEXT", maxLength: 200, nullable: false),
                    proof = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    due_by = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    rule_note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    auto_check = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    verified_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    verify_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_credit_removals", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_letters_number",
                table: "socialorgs_credit_letters",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_letters_organization_id_sent_on",
                table: "socialorgs_credit_letters",
                columns: new[] { "organization_id", "sent_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_removals_entry_id_status",
                table: "socialorgs_credit_removals",
                columns: new[] { "entry_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_removals_number",
                table: "socialorgs_credit_removals",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_removals_status_due_by",
                table: "socialorgs_credit_removals",
                columns: new[] { "status", "due_by" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "socialorgs_credit_letters");

            migrationBuilder.DropTable(
                name: "socialorgs_credit_removals");

            migrationBuilder.DropColumn(
                name: "period_start",
                table: "socialorgs_credit_entries");

            migrationBuilder.DropColumn(
                name: "restarts",
                table: "socialorgs_credit_entries");

            migrationBuilder.DropColumn(
                name: "rule_note",
                table: "socialorgs_credit_entries");
        }
    }
}
