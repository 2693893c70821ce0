using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RescueFace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rescue_face_embeddings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    model = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    model_version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    dimension = table.Column<int>(type: "INTEGER", nullable: false),
                    vector = table.Column<byte[]>(type: "BLOB", nullable: false),
                    origin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    photo_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    image = table.Column<byte[]>(type: "BLOB", nullable: true),
                    image_content_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    source_note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_face_embeddings", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_face_embeddings_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_rescue_face_embeddings_rescue_missing_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "rescue_missing_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_face_embeddings_case_id",
                table: "rescue_face_embeddings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_face_embeddings_division_code_created_at_utc",
                table: "rescue_face_embeddings",
                columns: new[] { "division_code", "created_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_face_embeddings_report_id",
                table: "rescue_face_embeddings",
                column: "report_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rescue_face_embeddings");
        }
    }
}
