using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "eldercare");

            migrationBuilder.CreateTable(
                name: "adaptation_cases",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    priority = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    age_on_application = table.Column<int>(type: "integer", nullable: false),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    applied_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    needs = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    assessment_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    assessor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    cost_total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    cap_applied = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    contractor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    contractor_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    contract_date = table.Column<DateOnly>(type: "date", nullable: true),
                    planned_completion = table.Column<DateOnly>(type: "date", nullable: true),
                    checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    checker = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    check_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    failed_checks = table.Column<int>(type: "integer", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adaptation_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "adaptation_counters",
                schema: "eldercare",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adaptation_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "adaptation_photos",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adaptation_photos", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "admissions",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    bed_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    admitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    care_level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    fee_payer = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    discharged_on = table.Column<DateOnly>(type: "date", nullable: true),
                    discharge_reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    discharge_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    feeding = table.Column<int>(type: "integer", nullable: false),
                    bathing = table.Column<int>(type: "integer", nullable: false),
                    grooming = table.Column<int>(type: "integer", nullable: false),
                    dressing = table.Column<int>(type: "integer", nullable: false),
                    bowels = table.Column<int>(type: "integer", nullable: false),
                    bladder = table.Column<int>(type: "integer", nullable: false),
                    toilet = table.Column<int>(type: "integer", nullable: false),
                    transfers = table.Column<int>(type: "integer", nullable: false),
                    mobility = table.Column<int>(type: "integer", nullable: false),
                    stairs = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    assessor = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    organisation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    diagnosis_certified = table.Column<bool>(type: "boolean", nullable: false),
                    next_assessment_on = table.Column<DateOnly>(type: "date", nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bed_changes",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    bed_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    delta = table.Column<int>(type: "integer", nullable: false),
                    changed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    subsidy_application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bed_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "care_workers",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    qualification = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    hired_on = table.Column<DateOnly>(type: "date", nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_workers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "clinic_contracts",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    clinic_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    services = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clinic_contracts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "elder_profiles",
                schema: "eldercare",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    living = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    lost_only_child = table.Column<bool>(type: "boolean", nullable: false),
                    only_child_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    three_no = table.Column<bool>(type: "boolean", nullable: false),
                    entitled = table.Column<bool>(type: "boolean", nullable: false),
                    disability_grade = table.Column<int>(type: "integer", nullable: true),
                    care_level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    next_assessment_on = table.Column<DateOnly>(type: "date", nullable: true),
                    care_diagnosis_certified = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_elder_profiles", x => x.person_id);
                });

            migrationBuilder.CreateTable(
                name: "homecare_bills",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    orders = table.Column<int>(type: "integer", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidised = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    paid_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    paid_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_bills", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "homecare_counters",
                schema: "eldercare",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "homecare_orders",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    item_code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    service_date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    worker_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidy_id = table.Column<Guid>(type: "uuid", nullable: true),
                    bill_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "homecare_subsidies",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    monthly_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    applied_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    start_month = table.Column<DateOnly>(type: "date", nullable: true),
                    end_on = table.Column<DateOnly>(type: "date", nullable: true),
                    stop_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    last_checked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_subsidies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "homecare_uploads",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    accepted = table.Column<int>(type: "integer", nullable: false),
                    duplicates = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    errors_json = table.Column<string>(type: "text", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "institution_status_changes",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    from = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    to = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institution_status_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "institution_subsidies",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: true),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    calculation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    applied_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    applied_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institution_subsidies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "institution_subsidy_counters",
                schema: "eldercare",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institution_subsidy_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "institutions",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ownership = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    licence_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    @operator = table.Column<string>(name: "operator", type: "character varying(100)", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institutions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "insurance_claim_counters",
                schema: "eldercare",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insurance_claim_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "insurance_claims",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    accident_type = table.Column<int>(type: "integer", nullable: false),
                    accident_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    item = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    claimed = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    cover_limit = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    parameters_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    paid_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reported_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insurance_claims", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "insurance_roster",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    covered_from = table.Column<DateOnly>(type: "date", nullable: false),
                    covered_until = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    enrolled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    enrolled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insurance_roster", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meal_card_counters",
                schema: "eldercare",
                columns: table => new
                {
                    district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_card_counters", x => x.district_code);
                });

            migrationBuilder.CreateTable(
                name: "meal_enrolment_changes",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    change = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    from_group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    to_group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_enrolment_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meal_enrolments",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    card_number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    hukou_district_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    group_reason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    stopped_on = table.Column<DateOnly>(type: "date", nullable: true),
                    stop_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    checked_on = table.Column<DateOnly>(type: "date", nullable: false),
                    enrolled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meal_records",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    person_key = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    meal_date = table.Column<DateOnly>(type: "date", nullable: false),
                    served_minute = table.Column<int>(type: "integer", nullable: false),
                    meal = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    subsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    flags = table.Column<int>(type: "integer", nullable: false),
                    rule_key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    upload_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meal_settlements",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    meals = table.Column<int>(type: "integer", nullable: false),
                    subsidised_meals = table.Column<int>(type: "integer", nullable: false),
                    priority_meals = table.Column<int>(type: "integer", nullable: false),
                    priority_subsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    age70_meals = table.Column<int>(type: "integer", nullable: false),
                    age70_subsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidy_total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    excluded_meals = table.Column<int>(type: "integer", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_settlements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meal_uploads",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    accepted = table.Column<int>(type: "integer", nullable: false),
                    duplicates = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    errors_json = table.Column<string>(type: "text", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meal_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_courses",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    organiser = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<int>(type: "integer", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_courses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_enrolments",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course_id = table.Column<Guid>(type: "uuid", nullable: false),
                    worker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    institution_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    enrolled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "adaptation_measures",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    unit_cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adaptation_measures", x => x.id);
                    table.ForeignKey(
                        name: "FK_adaptation_measures_adaptation_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "eldercare",
                        principalTable: "adaptation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "homecare_bill_lines",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    bill_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id_number = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    orders = table.Column<int>(type: "integer", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    entitlement = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidised = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    subsidy_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_bill_lines", x => x.id);
                    table.ForeignKey(
                        name: "FK_homecare_bill_lines_homecare_bills_bill_id",
                        column: x => x.bill_id,
                        principalSchema: "eldercare",
                        principalTable: "homecare_bills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "homecare_subsidy_events",
                schema: "eldercare",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subsidy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_homecare_subsidy_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_homecare_subsidy_events_homecare_subsidies_subsidy_id",
                        column: x => x.subsidy_id,
                        principalSchema: "eldercare",
                        principalTable: "homecare_subsidies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_adaptation_cases_case_number",
                schema: "eldercare",
                table: "adaptation_cases",
                column: "case_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_adaptation_cases_division_code_status",
                schema: "eldercare",
                table: "adaptation_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_adaptation_cases_id_number",
                schema: "eldercare",
                table: "adaptation_cases",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_adaptation_measures_case_id",
                schema: "eldercare",
                table: "adaptation_measures",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_adaptation_photos_case_id",
                schema: "eldercare",
                table: "adaptation_photos",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_admissions_institution_code_discharged_on",
                schema: "eldercare",
                table: "admissions",
                columns: new[] { "institution_code", "discharged_on" });

            migrationBuilder.CreateIndex(
                name: "ux_admissions_open_person",
                schema: "eldercare",
                table: "admissions",
                column: "id_number",
                unique: true,
                filter: "discharged_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_division_code",
                schema: "eldercare",
                table: "assessments",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_person_id_assessed_on",
                schema: "eldercare",
                table: "assessments",
                columns: new[] { "person_id", "assessed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_bed_changes_institution_code_changed_on",
                schema: "eldercare",
                table: "bed_changes",
                columns: new[] { "institution_code", "changed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_bed_changes_subsidy_application_id",
                schema: "eldercare",
                table: "bed_changes",
                column: "subsidy_application_id");

            migrationBuilder.CreateIndex(
                name: "IX_care_workers_division_code",
                schema: "eldercare",
                table: "care_workers",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_care_workers_institution_code_id_number",
                schema: "eldercare",
                table: "care_workers",
                columns: new[] { "institution_code", "id_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_clinic_contracts_institution_code",
                schema: "eldercare",
                table: "clinic_contracts",
                column: "institution_code");

            migrationBuilder.CreateIndex(
                name: "IX_elder_profiles_division_code",
                schema: "eldercare",
                table: "elder_profiles",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_elder_profiles_id_number",
                schema: "eldercare",
                table: "elder_profiles",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_homecare_bill_lines_bill_id",
                schema: "eldercare",
                table: "homecare_bill_lines",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "IX_homecare_bills_division_code_status",
                schema: "eldercare",
                table: "homecare_bills",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_homecare_bills_institution_code_month",
                schema: "eldercare",
                table: "homecare_bills",
                columns: new[] { "institution_code", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_homecare_orders_bill_id",
                schema: "eldercare",
                table: "homecare_orders",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "IX_homecare_orders_institution_code_id_number_service_date_sta~",
                schema: "eldercare",
                table: "homecare_orders",
                columns: new[] { "institution_code", "id_number", "service_date", "start_time", "item_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_homecare_orders_institution_code_service_date",
                schema: "eldercare",
                table: "homecare_orders",
                columns: new[] { "institution_code", "service_date" });

            migrationBuilder.CreateIndex(
                name: "IX_homecare_subsidies_division_code_status",
                schema: "eldercare",
                table: "homecare_subsidies",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_homecare_subsidies_id_number",
                schema: "eldercare",
                table: "homecare_subsidies",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_homecare_subsidies_number",
                schema: "eldercare",
                table: "homecare_subsidies",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_homecare_subsidy_events_subsidy_id",
                schema: "eldercare",
                table: "homecare_subsidy_events",
                column: "subsidy_id");

            migrationBuilder.CreateIndex(
                name: "IX_institution_status_changes_institution_code",
                schema: "eldercare",
                table: "institution_status_changes",
                column: "institution_code");

            migrationBuilder.CreateIndex(
                name: "IX_institution_subsidies_number",
                schema: "eldercare",
                table: "institution_subsidies",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_institution_subsidies_month",
                schema: "eldercare",
                table: "institution_subsidies",
                columns: new[] { "institution_code", "month" },
                unique: true,
                filter: "month IS NOT NULL AND status <> 'Refused'");

            migrationBuilder.CreateIndex(
                name: "IX_institutions_code",
                schema: "eldercare",
                table: "institutions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_institutions_division_code_kind",
                schema: "eldercare",
                table: "institutions",
                columns: new[] { "division_code", "kind" });

            migrationBuilder.CreateIndex(
                name: "IX_insurance_claims_division_code_status",
                schema: "eldercare",
                table: "insurance_claims",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_insurance_claims_number",
                schema: "eldercare",
                table: "insurance_claims",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_insurance_claims_person_id",
                schema: "eldercare",
                table: "insurance_claims",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "IX_insurance_roster_division_code_covered_until",
                schema: "eldercare",
                table: "insurance_roster",
                columns: new[] { "division_code", "covered_until" });

            migrationBuilder.CreateIndex(
                name: "IX_insurance_roster_id_number",
                schema: "eldercare",
                table: "insurance_roster",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_insurance_roster_person_id",
                schema: "eldercare",
                table: "insurance_roster",
                column: "person_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_enrolment_changes_enrolment_id",
                schema: "eldercare",
                table: "meal_enrolment_changes",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_meal_enrolments_card_number",
                schema: "eldercare",
                table: "meal_enrolments",
                column: "card_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_enrolments_division_code_group",
                schema: "eldercare",
                table: "meal_enrolments",
                columns: new[] { "division_code", "group" });

            migrationBuilder.CreateIndex(
                name: "IX_meal_enrolments_id_number",
                schema: "eldercare",
                table: "meal_enrolments",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_enrolments_person_id",
                schema: "eldercare",
                table: "meal_enrolments",
                column: "person_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_records_division_code_meal_date",
                schema: "eldercare",
                table: "meal_records",
                columns: new[] { "division_code", "meal_date" });

            migrationBuilder.CreateIndex(
                name: "IX_meal_records_institution_code_meal_date_meal_person_key",
                schema: "eldercare",
                table: "meal_records",
                columns: new[] { "institution_code", "meal_date", "meal", "person_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_records_meal_date_enrolment_id",
                schema: "eldercare",
                table: "meal_records",
                columns: new[] { "meal_date", "enrolment_id" });

            migrationBuilder.CreateIndex(
                name: "IX_meal_settlements_institution_code_month",
                schema: "eldercare",
                table: "meal_settlements",
                columns: new[] { "institution_code", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meal_uploads_institution_code_uploaded_at_utc",
                schema: "eldercare",
                table: "meal_uploads",
                columns: new[] { "institution_code", "uploaded_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_training_courses_starts_on",
                schema: "eldercare",
                table: "training_courses",
                column: "starts_on");

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolments_course_id_worker_id",
                schema: "eldercare",
                table: "training_enrolments",
                columns: new[] { "course_id", "worker_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolments_worker_id",
                schema: "eldercare",
                table: "training_enrolments",
                column: "worker_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adaptation_counters",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "adaptation_measures",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "adaptation_photos",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "admissions",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "assessments",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "bed_changes",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "care_workers",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "clinic_contracts",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "elder_profiles",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_bill_lines",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_counters",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_orders",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_subsidy_events",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_uploads",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "institution_status_changes",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "institution_subsidies",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "institution_subsidy_counters",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "institutions",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "insurance_claim_counters",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "insurance_claims",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "insurance_roster",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_card_counters",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_enrolment_changes",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_enrolments",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_records",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_settlements",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "meal_uploads",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "training_courses",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "training_enrolments",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "adaptation_cases",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_bills",
                schema: "eldercare");

            migrationBuilder.DropTable(
                name: "homecare_subsidies",
                schema: "eldercare");
        }
    }
}
