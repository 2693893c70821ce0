using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Reporting.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Summary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "summary_documents",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    division_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    template_division = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    template_year = table.Column<int>(type: "integer", nullable: false),
                    missing_count = table.Column<int>(type: "integer", nullable: false),
                    generated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    generated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_summary_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "summary_templates",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_summary_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "summary_document_sections",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    no = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    markup = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_summary_document_sections", x => x.id);
                    table.ForeignKey(
                        name: "FK_summary_document_sections_summary_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "reporting",
                        principalTable: "summary_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "summary_figures",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    no = table.Column<int>(type: "integer", nullable: false),
                    section = table.Column<int>(type: "integer", nullable: false),
                    placeholder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    metric_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    metric_title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    period = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    period_key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    display = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    query = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    missing = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_summary_figures", x => x.id);
                    table.ForeignKey(
                        name: "FK_summary_figures_summary_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "reporting",
                        principalTable: "summary_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "summary_template_sections",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    template_id = table.Column<Guid>(type: "uuid", nullable: false),
                    no = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_summary_template_sections", x => x.id);
                    table.ForeignKey(
                        name: "FK_summary_template_sections_summary_templates_template_id",
                        column: x => x.template_id,
                        principalSchema: "reporting",
                        principalTable: "summary_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_summary_document_sections_document_id_no",
                schema: "reporting",
                table: "summary_document_sections",
                columns: new[] { "document_id", "no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_summary_documents_division_code_year",
                schema: "reporting",
                table: "summary_documents",
                columns: new[] { "division_code", "year" });

            migrationBuilder.CreateIndex(
                name: "IX_summary_documents_number",
                schema: "reporting",
                table: "summary_documents",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_summary_figures_document_id_no",
                schema: "reporting",
                table: "summary_figures",
                columns: new[] { "document_id", "no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_summary_template_sections_template_id_no",
                schema: "reporting",
                table: "summary_template_sections",
                columns: new[] { "template_id", "no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_summary_templates_division_code_year",
                schema: "reporting",
                table: "summary_templates",
                columns: new[] { "division_code", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "summary_document_sections",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "summary_figures",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "summary_template_sections",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "summary_documents",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "summary_templates",
                schema: "reporting");
        }
    }
}
