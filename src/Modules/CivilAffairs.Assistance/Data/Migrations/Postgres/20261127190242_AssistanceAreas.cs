using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AssistanceAreas : Migration
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
                name: "crosscheck_batches",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    rows_read = table.Column<int>(type: "integer", nullable: false),
                    rows_imported = table.Column<int>(type: "integer", nullable: false),
                    rows_rejected = table.Column<int>(type: "integer", nullable: false),
                    rejections_json = table.Column<string>(type: "text", nullable: true),
                    imported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crosscheck_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "crosscheck_items",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    member_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    value = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    counted = table.Column<bool>(type: "boolean", nullable: false),
                    rule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crosscheck_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "crosscheck_records",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false, collation: "C"),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: true),
                    month = table.Column<DateOnly>(type: "date", nullable: true),
                    line = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crosscheck_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "crosscheck_reports",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    household_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    household_id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    head_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    head_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    household_size = table.Column<int>(type: "integer", nullable: false),
                    report_date = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: false),
                    financial_assets = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    residential_units = table.Column<int>(type: "integer", nullable: false),
                    non_residential_units = table.Column<int>(type: "integer", nullable: false),
                    vehicles = table.Column<int>(type: "integer", nullable: false),
                    business_registrations = table.Column<int>(type: "integer", nullable: false),
                    verified_income = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    breaks_rules = table.Column<bool>(type: "boolean", nullable: false),
                    reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    item_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crosscheck_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "crosscheck_runs",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    jurisdiction = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    report_date = table.Column<DateOnly>(type: "date", nullable: false),
                    households = table.Column<int>(type: "integer", nullable: false),
                    breaking = table.Column<int>(type: "integer", nullable: false),
                    items = table.Column<int>(type: "integer", nullable: false),
                    sources = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    duration_ms = table.Column<long>(type: "bigint", nullable: false),
                    run_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    run_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crosscheck_runs", x => x.id);
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
                name: "enrolment_reviews",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    category_before = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    category_after = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    benefit_before = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    benefit_after = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    next_review_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrolment_reviews", x => x.id);
                    table.ForeignKey(
                        name: "FK_enrolment_reviews_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalSchema: "assistance",
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "payment_lines",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    programme = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    payee_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payee_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    bank_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    household_size = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    bank_reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    inputs_json = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    reissued_in_run_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payment_reconciliations",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    file_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    paid = table.Column<int>(type: "integer", nullable: false),
                    failed = table.Column<int>(type: "integer", nullable: false),
                    unchanged = table.Column<int>(type: "integer", nullable: false),
                    unmatched_json = table.Column<string>(type: "text", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_reconciliations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payment_runs",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    to_month = table.Column<DateOnly>(type: "date", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    cursor = table.Column<Guid>(type: "uuid", nullable: true),
                    batches = table.Column<int>(type: "integer", nullable: false),
                    households = table.Column<int>(type: "integer", nullable: false),
                    persons = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    exceptions = table.Column<int>(type: "integer", nullable: false),
                    parameters_json = table.Column<string>(type: "text", nullable: false),
                    prepared_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    computed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    released_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    released_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    cancelled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_runs", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "support_plans",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    responsible_worker = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_plans", x => x.id);
                    table.ForeignKey(
                        name: "FK_support_plans_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalSchema: "assistance",
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "temporary_cases",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    person_description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    shenzhen_hukou = table.Column<bool>(type: "boolean", nullable: false),
                    household_size = table.Column<int>(type: "integer", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    requested_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    approved_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    standard = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    cap = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    street_limit = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    papers_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    papers_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rescue_case_ref = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_temporary_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "support_goals",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    area = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    target = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    target_date = table.Column<DateOnly>(type: "date", nullable: false),
                    achieved_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_goals", x => x.id);
                    table.ForeignKey(
                        name: "FK_support_goals_support_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "assistance",
                        principalTable: "support_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "support_progress",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    goal_id = table.Column<Guid>(type: "uuid", nullable: true),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_progress", x => x.id);
                    table.ForeignKey(
                        name: "FK_support_progress_support_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "assistance",
                        principalTable: "support_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "temporary_payments",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_temporary_payments", x => x.id);
                    table.ForeignKey(
                        name: "FK_temporary_payments_temporary_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "assistance",
                        principalTable: "temporary_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "temporary_steps",
                schema: "assistance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_temporary_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_temporary_steps_temporary_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "assistance",
                        principalTable: "temporary_cases",
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
                name: "IX_crosscheck_batches_sha256",
                schema: "assistance",
                table: "crosscheck_batches",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_batches_source_as_of",
                schema: "assistance",
                table: "crosscheck_batches",
                columns: new[] { "source", "as_of" });

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_items_report_id",
                schema: "assistance",
                table: "crosscheck_items",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_records_id_number",
                schema: "assistance",
                table: "crosscheck_records",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_reports_division_code",
                schema: "assistance",
                table: "crosscheck_reports",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_reports_household_id_report_date",
                schema: "assistance",
                table: "crosscheck_reports",
                columns: new[] { "household_id", "report_date" });

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_reports_run_id",
                schema: "assistance",
                table: "crosscheck_reports",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_crosscheck_runs_run_at_utc",
                schema: "assistance",
                table: "crosscheck_runs",
                column: "run_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_enrolment_reviews_division_code_status",
                schema: "assistance",
                table: "enrolment_reviews",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_enrolment_reviews_enrolment_id",
                schema: "assistance",
                table: "enrolment_reviews",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_investigations_application_id",
                schema: "assistance",
                table: "investigations",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_payment_lines_run_id_division_code",
                schema: "assistance",
                table: "payment_lines",
                columns: new[] { "run_id", "division_code" });

            migrationBuilder.CreateIndex(
                name: "ux_payment_lines_regular_month",
                schema: "assistance",
                table: "payment_lines",
                columns: new[] { "enrolment_id", "month", "kind" },
                unique: true,
                filter: "kind = 'Regular'");

            migrationBuilder.CreateIndex(
                name: "IX_payment_reconciliations_run_id_file_hash",
                schema: "assistance",
                table: "payment_reconciliations",
                columns: new[] { "run_id", "file_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payment_runs_division_code",
                schema: "assistance",
                table: "payment_runs",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "ux_payment_runs_regular_scope",
                schema: "assistance",
                table: "payment_runs",
                columns: new[] { "kind", "month", "division_code" },
                unique: true,
                filter: "kind = 'Regular' AND status <> 'Cancelled'");

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

            migrationBuilder.CreateIndex(
                name: "IX_support_goals_plan_id",
                schema: "assistance",
                table: "support_goals",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_support_plans_division_code_status",
                schema: "assistance",
                table: "support_plans",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_support_plans_enrolment_id",
                schema: "assistance",
                table: "support_plans",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_support_progress_plan_id",
                schema: "assistance",
                table: "support_progress",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_temporary_cases_division_code_status",
                schema: "assistance",
                table: "temporary_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_temporary_cases_papers_due_on",
                schema: "assistance",
                table: "temporary_cases",
                column: "papers_due_on");

            migrationBuilder.CreateIndex(
                name: "IX_temporary_cases_rescue_case_ref",
                schema: "assistance",
                table: "temporary_cases",
                column: "rescue_case_ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_temporary_payments_case_id",
                schema: "assistance",
                table: "temporary_payments",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_temporary_steps_case_id",
                schema: "assistance",
                table: "temporary_steps",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_attachments",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "crosscheck_batches",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "crosscheck_items",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "crosscheck_records",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "crosscheck_reports",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "crosscheck_runs",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "decision_sequences",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "enrolment_reviews",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "investigations",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "payment_lines",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "payment_reconciliations",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "payment_runs",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "supplement_notices",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "support_goals",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "support_progress",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "temporary_payments",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "temporary_steps",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "support_plans",
                schema: "assistance");

            migrationBuilder.DropTable(
                name: "temporary_cases",
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
