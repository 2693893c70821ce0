using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "joined_from",
                table: "assistance_enrolment_members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision_number",
                table: "assistance_applications",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "relative_of_worker",
                table: "assistance_applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "relative_relationship",
                table: "assistance_applications",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "relative_worker_name",
                table: "assistance_applications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assistance_application_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_application_attachments", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_application_attachments_assistance_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "assistance_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_decision_sequences",
                columns: table => new
                {
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_decision_sequences", x => new { x.division_code, x.year });
                });

            migrationBuilder.CreateTable(
                name: "assistance_investigations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    worker = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_investigations", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_investigations_assistance_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "assistance_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_supplement_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    application_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    missing_kinds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    supplied_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    supplied_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_supplement_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_supplement_notices_assistance_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "assistance_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_applications_decision_number",
                table: "assistance_applications",
                column: "decision_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_application_attachments_application_id",
                table: "assistance_application_attachments",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_investigations_application_id",
                table: "assistance_investigations",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_supplement_notices_application_id",
                table: "assistance_supplement_notices",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_supplement_notices_due_on",
                table: "assistance_supplement_notices",
                column: "due_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_application_attachments");

            migrationBuilder.DropTable(
                name: "assistance_decision_sequences");

            migrationBuilder.DropTable(
                name: "assistance_investigations");

            migrationBuilder.DropTable(
                name: "assistance_supplement_notices");

            migrationBuilder.DropIndex(
                name: "IX_assistance_applications_decision_number",
                table: "assistance_applications");

            migrationBuilder.DropColumn(
                name: "joined_from",
                table: "assistance_enrolment_members");

            migrationBuilder.DropColumn(
                name: "decision_number",
                table: "assistance_applications");

            migrationBuilder.DropColumn(
                name: "relative_of_worker",
                table: "assistance_applications");

            migrationBuilder.DropColumn(
                name: "relative_relationship",
                table: "assistance_applications");

            migrationBuilder.DropColumn(
                name: "relative_worker_name",
                table: "assistance_applications");
        }
    }
}
