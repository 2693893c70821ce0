using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "joined_from",
                schema: "assistance",
                table: "enrolment_members",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision_number",
                schema: "assistance",
                table: "applications",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "relative_of_worker",
                schema: "assistance",
                table: "applications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "relative_relationship",
                schema: "assistance",
                table: "applications",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "relative_worker_name",
                schema: "assistance",
                table: "applications",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "application_attachments",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_application_attachments", x => x.id);
                    table.ForeignKey(
                        name: "FK_application_attachments_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "assistance",
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decision_sequences",
                schema: "assistance",
                columns: table => new
                {
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decision_sequences", x => new { x.division_code, x.year });
                });

            migrationBuilder.CreateTable(
                name: "investigations",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    worker = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_investigations", x => x.id);
                    table.ForeignKey(
                        name: "FK_investigations_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "assistance",
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supplement_notices",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    missing_kinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    issued_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    supplied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    supplied_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supplement_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_supplement_notices_applications_application_id",
                        column: x => x.application_id,
                        principalSchema: "assistance",
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_decision_number",
                schema: "assistance",
                table: "applications",
                column: "decision_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_application_attachments_application_id",
                schema: "assistance",
                table: "application_attachments",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_investigations_application_id",
                schema: "assistance",
                table: "investigations",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_supplement_notices_application_id",
                schema: "assistance",
                table: "supplement_notices",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_supplement_notices_due_on",
                schema: "assistance",
                table: "supplement_notices",
                column: "due_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_attachments",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "decision_sequences",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "investigations",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "supplement_notices",
                schema: "assistance");

            migrationBuilder.DropIndex(
                name: "IX_applications_decision_number",
                schema: "assistance",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "joined_from",
                schema: "assistance",
                table: "enrolment_members");

            migrationBuilder.DropColumn(
                name: "decision_number",
                schema: "assistance",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "relative_of_worker",
                schema: "assistance",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "relative_relationship",
                schema: "assistance",
                table: "applications");

            migrationBuilder.DropColumn(
                name: "relative_worker_name",
                schema: "assistance",
                table: "applications");
        }
    }
}
