using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CivilAffairs.Reporting.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reporting");

            migrationBuilder.CreateTable(
                name: "monthly_facts",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    metric_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    period = table.Column<int>(type: "integer", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monthly_facts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "reporting",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "refresh_runs",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    from_period = table.Column<int>(type: "integer", nullable: false),
                    to_period = table.Column<int>(type: "integer", nullable: false),
                    metrics = table.Column<int>(type: "integer", nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    milliseconds = table.Column<long>(type: "bigint", nullable: false),
                    started_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    errors = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refresh_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "refresh_states",
                schema: "reporting",
                columns: table => new
                {
                    metric_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    first_period = table.Column<int>(type: "integer", nullable: false),
                    through_period = table.Column<int>(type: "integer", nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refresh_states", x => x.metric_key);
                });

            migrationBuilder.CreateTable(
                name: "stat_submissions",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    table_id = table.Column<Guid>(type: "uuid", nullable: false),
                    table_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: false),
                    filled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    filled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reviewed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    submitted_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    returned_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    returned_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stat_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stat_tables",
                schema: "reporting",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    form_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    approval_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    period_kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    due_working_days = table.Column<int>(type: "integer", nullable: false),
                    layout = table.Column<string>(type: "text", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stat_tables", x => x.id);
                });

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
                name: "IX_monthly_facts_metric_key_district_code_period",
                schema: "reporting",
                table: "monthly_facts",
                columns: new[] { "metric_key", "district_code", "period" });

            migrationBuilder.CreateIndex(
                name: "IX_monthly_facts_metric_key_period_division_code",
                schema: "reporting",
                table: "monthly_facts",
                columns: new[] { "metric_key", "period", "division_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_refresh_runs_started_at",
                schema: "reporting",
                table: "refresh_runs",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "IX_stat_submissions_division_code",
                schema: "reporting",
                table: "stat_submissions",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_stat_submissions_table_id_period_division_code",
                schema: "reporting",
                table: "stat_submissions",
                columns: new[] { "table_id", "period", "division_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stat_tables_code",
                schema: "reporting",
                table: "stat_tables",
                column: "code",
                unique: true);

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
                name: "monthly_facts",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "refresh_runs",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "refresh_states",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "stat_submissions",
                schema: "reporting");

            migrationBuilder.DropTable(
                name: "stat_tables",
                schema: "reporting");

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
