using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Assistance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssistanceAreas : Migration
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
                name: "assistance_crosscheck_batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    rows_read = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_imported = table.Column<int>(type: "INTEGER", nullable: false),
                    rows_rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    rejections_json = table.Column<string>(type: "TEXT", nullable: true),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_crosscheck_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_crosscheck_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    member_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    unit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    counted = table.Column<bool>(type: "INTEGER", nullable: false),
                    rule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_crosscheck_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_crosscheck_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: true),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_crosscheck_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_crosscheck_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    household_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    household_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    head_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    head_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    household_size = table.Column<int>(type: "INTEGER", nullable: false),
                    report_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    financial_assets = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    residential_units = table.Column<int>(type: "INTEGER", nullable: false),
                    non_residential_units = table.Column<int>(type: "INTEGER", nullable: false),
                    vehicles = table.Column<int>(type: "INTEGER", nullable: false),
                    business_registrations = table.Column<int>(type: "INTEGER", nullable: false),
                    verified_income = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    breaks_rules = table.Column<bool>(type: "INTEGER", nullable: false),
                    reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    item_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_crosscheck_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_crosscheck_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    jurisdiction = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    report_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    households = table.Column<int>(type: "INTEGER", nullable: false),
                    breaking = table.Column<int>(type: "INTEGER", nullable: false),
                    items = table.Column<int>(type: "INTEGER", nullable: false),
                    sources = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    duration_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    run_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    run_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_crosscheck_runs", x => x.id);
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
                name: "assistance_enrolment_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    reviewed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    category_before = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    category_after = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    benefit_before = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    benefit_after = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    next_review_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_enrolment_reviews", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_enrolment_reviews_assistance_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "assistance_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "assistance_payment_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    programme = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    payee_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    payee_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    bank_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    bank_account = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    household_size = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    bank_reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    inputs_json = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    reissued_in_run_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_payment_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_payment_reconciliations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    file_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    paid = table.Column<int>(type: "INTEGER", nullable: false),
                    failed = table.Column<int>(type: "INTEGER", nullable: false),
                    unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    unmatched_json = table.Column<string>(type: "TEXT", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_payment_reconciliations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_payment_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to_month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    cursor = table.Column<Guid>(type: "TEXT", nullable: true),
                    batches = table.Column<int>(type: "INTEGER", nullable: false),
                    households = table.Column<int>(type: "INTEGER", nullable: false),
                    persons = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 16, scale: 2, nullable: false),
                    exceptions = table.Column<int>(type: "INTEGER", nullable: false),
                    parameters_json = table.Column<string>(type: "TEXT", nullable: false),
                    prepared_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    prepared_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    computed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    released_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    released_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    cancelled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    cancel_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_payment_runs", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "assistance_support_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    responsible_worker = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_support_plans", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_support_plans_assistance_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "assistance_enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_temporary_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    applicant_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    person_description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    shenzhen_hukou = table.Column<bool>(type: "INTEGER", nullable: false),
                    household_size = table.Column<int>(type: "INTEGER", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    requested_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    approved_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    standard = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    cap = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    street_limit = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    papers_due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    papers_received_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rescue_case_ref = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_temporary_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assistance_support_goals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    area = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    target_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    achieved_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_support_goals", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_support_goals_assistance_support_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "assistance_support_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_support_progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    goal_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_support_progress", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_support_progress_assistance_support_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "assistance_support_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_temporary_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_temporary_payments", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_temporary_payments_assistance_temporary_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "assistance_temporary_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assistance_temporary_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assistance_temporary_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_assistance_temporary_steps_assistance_temporary_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "assistance_temporary_cases",
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
                name: "IX_assistance_crosscheck_batches_sha256",
                table: "assistance_crosscheck_batches",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_batches_source_as_of",
                table: "assistance_crosscheck_batches",
                columns: new[] { "source", "as_of" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_items_report_id",
                table: "assistance_crosscheck_items",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_records_id_number",
                table: "assistance_crosscheck_records",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_reports_division_code",
                table: "assistance_crosscheck_reports",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_reports_household_id_report_date",
                table: "assistance_crosscheck_reports",
                columns: new[] { "household_id", "report_date" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_reports_run_id",
                table: "assistance_crosscheck_reports",
                column: "run_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_crosscheck_runs_run_at_utc",
                table: "assistance_crosscheck_runs",
                column: "run_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolment_reviews_division_code_status",
                table: "assistance_enrolment_reviews",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_enrolment_reviews_enrolment_id",
                table: "assistance_enrolment_reviews",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_investigations_application_id",
                table: "assistance_investigations",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_payment_lines_run_id_division_code",
                table: "assistance_payment_lines",
                columns: new[] { "run_id", "division_code" });

            migrationBuilder.CreateIndex(
                name: "ux_payment_lines_regular_month",
                table: "assistance_payment_lines",
                columns: new[] { "enrolment_id", "month", "kind" },
                unique: true,
                filter: "kind = 'Regular'");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_payment_reconciliations_run_id_file_hash",
                table: "assistance_payment_reconciliations",
                columns: new[] { "run_id", "file_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_payment_runs_division_code",
                table: "assistance_payment_runs",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "ux_payment_runs_regular_scope",
                table: "assistance_payment_runs",
                columns: new[] { "kind", "month", "division_code" },
                unique: true,
                filter: "kind = 'Regular' AND status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_supplement_notices_application_id",
                table: "assistance_supplement_notices",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_supplement_notices_due_on",
                table: "assistance_supplement_notices",
                column: "due_on");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_support_goals_plan_id",
                table: "assistance_support_goals",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_support_plans_division_code_status",
                table: "assistance_support_plans",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_support_plans_enrolment_id",
                table: "assistance_support_plans",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_support_progress_plan_id",
                table: "assistance_support_progress",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_temporary_cases_division_code_status",
                table: "assistance_temporary_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_temporary_cases_papers_due_on",
                table: "assistance_temporary_cases",
                column: "papers_due_on");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_temporary_cases_rescue_case_ref",
                table: "assistance_temporary_cases",
                column: "rescue_case_ref",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assistance_temporary_payments_case_id",
                table: "assistance_temporary_payments",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_temporary_steps_case_id",
                table: "assistance_temporary_steps",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assistance_application_attachments");

            migrationBuilder.DropTable(
                name: "assistance_crosscheck_batches");

            migrationBuilder.DropTable(
                name: "assistance_crosscheck_items");

            migrationBuilder.DropTable(
                name: "assistance_crosscheck_records");

            migrationBuilder.DropTable(
                name: "assistance_crosscheck_reports");

            migrationBuilder.DropTable(
                name: "assistance_crosscheck_runs");

            migrationBuilder.DropTable(
                name: "assistance_decision_sequences");

            migrationBuilder.DropTable(
                name: "assistance_enrolment_reviews");

            migrationBuilder.DropTable(
                name: "assistance_investigations");

            migrationBuilder.DropTable(
                name: "assistance_payment_lines");

            migrationBuilder.DropTable(
                name: "assistance_payment_reconciliations");

            migrationBuilder.DropTable(
                name: "assistance_payment_runs");

            migrationBuilder.DropTable(
                name: "assistance_supplement_notices");

            migrationBuilder.DropTable(
                name: "assistance_support_goals");

            migrationBuilder.DropTable(
                name: "assistance_support_progress");

            migrationBuilder.DropTable(
                name: "assistance_temporary_payments");

            migrationBuilder.DropTable(
                name: "assistance_temporary_steps");

            migrationBuilder.DropTable(
                name: "assistance_support_plans");

            migrationBuilder.DropTable(
                name: "assistance_temporary_cases");

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
