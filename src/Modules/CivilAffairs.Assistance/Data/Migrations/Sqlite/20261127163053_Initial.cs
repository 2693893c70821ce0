using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assistance_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    applicant_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    applicant_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    publicity_ends_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    enrol_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    household_json = table.Column<string>(type: "TEXT", nullable: false),
                    calculated_benefit = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_application_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_application_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_application_steps_assistance_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "assistance_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_application_steps_application_id",
                table: "assistance_application_steps",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_applications_applicant_id_number_status",
                table: "assistance_applications",
                columns: new[] { "applicant_id_number", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_applications_division_code",
                table: "assistance_applications",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_applications_due_on",
                table: "assistance_applications",
                column: "due_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_application_steps");

            migrationBuilder.DropTable(
                name: "assistance_applications");
        }
    }
}
