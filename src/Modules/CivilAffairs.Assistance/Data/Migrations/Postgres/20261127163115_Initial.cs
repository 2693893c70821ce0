using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "assistance");

            migrationBuilder.CreateTable(
                name: "applications",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    applicant_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    publicity_ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    enrol_from = table.Column<DateOnly>(type: "date", nullable: true),
                    household_json = table.Column<string>(type: "text", nullable: false),
                    calculated_benefit = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    decision_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "application_steps",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_application_steps_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "assistance",
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_application_steps_application_id",
                schema: "assistance",
                table: "application_steps",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_applications_applicant_id_number_status",
                schema: "assistance",
                table: "applications",
                columns: new[] { "applicant_id_number", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_division_code",
                schema: "assistance",
                table: "applications",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_applications_due_on",
                schema: "assistance",
                table: "applications",
                column: "due_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_steps",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "applications",
                schema: "assistance");
        }
    }
}
