using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Summary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_summary_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    division_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    template_division = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    template_year = table.Column<int>(type: "INTEGER", nullable: false),
                    missing_count = table.Column<int>(type: "INTEGER", nullable: false),
                    generated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    generated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_summary_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_summary_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_summary_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_summary_document_sections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    no = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    markup = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_summary_document_sections", x => x.id);
                    table.ForeignKey(
                        name: "FK_reporting_summary_document_sections_reporting_summary_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "reporting_summary_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reporting_summary_figures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    no = table.Column<int>(type: "INTEGER", nullable: false),
                    section = table.Column<int>(type: "INTEGER", nullable: false),
                    placeholder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    metric_key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    metric_title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    period_key = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: true),
                    display = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    query = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    missing = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_summary_figures", x => x.id);
                    table.ForeignKey(
                        name: "FK_reporting_summary_figures_reporting_summary_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "reporting_summary_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reporting_summary_template_sections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    template_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    no = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_summary_template_sections", x => x.id);
                    table.ForeignKey(
                        name: "FK_reporting_summary_template_sections_reporting_summary_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "reporting_summary_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_summary_document_sections_document_id_no",
                table: "reporting_summary_document_sections",
                columns: new[] { "document_id", "no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_summary_documents_division_code_year",
                table: "reporting_summary_documents",
                columns: new[] { "division_code", "year" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_summary_documents_number",
                table: "reporting_summary_documents",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_summary_figures_document_id_no",
                table: "reporting_summary_figures",
                columns: new[] { "document_id", "no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_summary_template_sections_template_id_no",
                table: "reporting_summary_template_sections",
                columns: new[] { "template_id", "no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_summary_templates_division_code_year",
                table: "reporting_summary_templates",
                columns: new[] { "division_code", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reporting_summary_document_sections");

            migrationBuilder.DropTable(
                name: "reporting_summary_figures");

            migrationBuilder.DropTable(
                name: "reporting_summary_template_sections");

            migrationBuilder.DropTable(
                name: "reporting_summary_documents");

            migrationBuilder.DropTable(
                name: "reporting_summary_templates");
        }
    }
}
