using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reporting_monthly_facts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    metric_key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    period = table.Column<int>(type: "INTEGER", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    district_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 20, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_monthly_facts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_number_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "reporting_refresh_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    from_period = table.Column<int>(type: "INTEGER", nullable: false),
                    to_period = table.Column<int>(type: "INTEGER", nullable: false),
                    metrics = table.Column<int>(type: "INTEGER", nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    milliseconds = table.Column<long>(type: "INTEGER", nullable: false),
                    started_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    errors = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_refresh_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_refresh_states",
                columns: table => new
                {
                    metric_key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    first_period = table.Column<int>(type: "INTEGER", nullable: false),
                    through_period = table.Column<int>(type: "INTEGER", nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_refresh_states", x => x.metric_key);
                });

            migrationBuilder.CreateTable(
                name: "reporting_stat_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    table_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    table_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    notes = table.Column<string>(type: "TEXT", nullable: false),
                    filled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    filled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reviewed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    returned_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    returned_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_stat_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_stat_tables",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    form_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    approval_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    period_kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    due_working_days = table.Column<int>(type: "INTEGER", nullable: false),
                    layout = table.Column<string>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_stat_tables", x => x.id);
                });

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
                name: "IX_reporting_monthly_facts_metric_key_district_code_period",
                table: "reporting_monthly_facts",
                columns: new[] { "metric_key", "district_code", "period" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_monthly_facts_metric_key_period_division_code",
                table: "reporting_monthly_facts",
                columns: new[] { "metric_key", "period", "division_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_refresh_runs_started_at",
                table: "reporting_refresh_runs",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_stat_submissions_division_code",
                table: "reporting_stat_submissions",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_stat_submissions_table_id_period_division_code",
                table: "reporting_stat_submissions",
                columns: new[] { "table_id", "period", "division_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporting_stat_tables_code",
                table: "reporting_stat_tables",
                column: "code",
                unique: true);

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
                name: "reporting_monthly_facts");

            migrationBuilder.DropTable(
                name: "reporting_number_counters");

            migrationBuilder.DropTable(
                name: "reporting_refresh_runs");

            migrationBuilder.DropTable(
                name: "reporting_refresh_states");

            migrationBuilder.DropTable(
                name: "reporting_stat_submissions");

            migrationBuilder.DropTable(
                name: "reporting_stat_tables");

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
