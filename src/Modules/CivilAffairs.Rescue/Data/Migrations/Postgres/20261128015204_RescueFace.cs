using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RescueFace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "face_embeddings",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    report_id = table.Column<Guid>(type: "uuid", nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    model = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    model_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    dimension = table.Column<int>(type: "integer", nullable: false),
                    vector = table.Column<byte[]>(type: "bytea", nullable: false),
                    origin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    photo_id = table.Column<Guid>(type: "uuid", nullable: true),
                    image = table.Column<byte[]>(type: "bytea", nullable: true),
                    image_content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    source_note = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_face_embeddings", x => x.id);
                    table.ForeignKey(
                        name: "FK_face_embeddings_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_face_embeddings_missing_reports_report_id",
                        column: x => x.report_id,
                        principalSchema: "rescue",
                        principalTable: "missing_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_face_embeddings_case_id",
                schema: "rescue",
                table: "face_embeddings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_face_embeddings_division_code_created_at_utc",
                schema: "rescue",
                table: "face_embeddings",
                columns: new[] { "division_code", "created_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_face_embeddings_report_id",
                schema: "rescue",
                table: "face_embeddings",
                column: "report_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "face_embeddings",
                schema: "rescue");
        }
    }
}
