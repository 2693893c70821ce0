using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.ElderCare.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "eldercare_adaptation_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    priority = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    age_on_application = table.Column<int>(type: "INTEGER", nullable: false),
                    applied_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    applied_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    needs = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    assessment_due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    assessor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    cost_total = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    cap_applied = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    refusal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    contractor_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    contractor_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    contract_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    planned_completion = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    checked_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    checker = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    check_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    failed_checks = table.Column<int>(type: "INTEGER", nullable: false),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_adaptation_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_adaptation_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_adaptation_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_adaptation_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_adaptation_photos", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_admissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    bed_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    admitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    care_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    fee_payer = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    discharged_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    discharge_reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    discharge_note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_admissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    feeding = table.Column<int>(type: "INTEGER", nullable: false),
                    bathing = table.Column<int>(type: "INTEGER", nullable: false),
                    grooming = table.Column<int>(type: "INTEGER", nullable: false),
                    dressing = table.Column<int>(type: "INTEGER", nullable: false),
                    bowels = table.Column<int>(type: "INTEGER", nullable: false),
                    bladder = table.Column<int>(type: "INTEGER", nullable: false),
                    toilet = table.Column<int>(type: "INTEGER", nullable: false),
                    transfers = table.Column<int>(type: "INTEGER", nullable: false),
                    mobility = table.Column<int>(type: "INTEGER", nullable: false),
                    stairs = table.Column<int>(type: "INTEGER", nullable: false),
                    total = table.Column<int>(type: "INTEGER", nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    assessor = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    organisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    diagnosis_certified = table.Column<bool>(type: "INTEGER", nullable: false),
                    next_assessment_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_bed_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    bed_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    delta = table.Column<int>(type: "INTEGER", nullable: false),
                    changed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    subsidy_application_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_bed_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_care_workers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    qualification = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    certificate_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    hired_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_care_workers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_clinic_contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    clinic_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    services = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_clinic_contracts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_elder_profiles",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    living = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    lost_only_child = table.Column<bool>(type: "INTEGER", nullable: false),
                    only_child_disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    three_no = table.Column<bool>(type: "INTEGER", nullable: false),
                    entitled = table.Column<bool>(type: "INTEGER", nullable: false),
                    disability_grade = table.Column<int>(type: "INTEGER", nullable: true),
                    care_level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    next_assessment_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    care_diagnosis_certified = table.Column<bool>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_elder_profiles", x => x.person_id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_bills",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    orders = table.Column<int>(type: "INTEGER", nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    total = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidised = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    paid_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    paid_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_bills", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_orders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    item_code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    service_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    worker_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    unit_price = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidy_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    bill_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_subsidies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    monthly_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    applied_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    applied_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    refusal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    start_month = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    stop_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    last_checked_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_subsidies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_uploads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    errors_json = table.Column<string>(type: "TEXT", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_institution_status_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    to = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_institution_status_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_institution_subsidies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    calculation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    applied_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    applied_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_institution_subsidies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_institution_subsidy_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_institution_subsidy_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_institutions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ownership = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    licence_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    @operator = table.Column<string>(name: "operator", type: "TEXT", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    opened_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_institutions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_insurance_claim_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_insurance_claim_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_insurance_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    accident_type = table.Column<int>(type: "INTEGER", nullable: false),
                    accident_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    item = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    claimed = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    cover_limit = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    paid_amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    refusal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    reported_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    reported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_insurance_claims", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_insurance_roster",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    covered_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    covered_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    enrolled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    enrolled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_insurance_roster", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_card_counters",
                columns: table => new
                {
                    district_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_card_counters", x => x.district_code);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_enrolment_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    from_group = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    to_group = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    changed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_enrolment_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    card_number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    hukou_district_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    group = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    group_reason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    stopped_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    stop_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    checked_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    enrolled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    person_key = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    meal_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    served_minute = table.Column<int>(type: "INTEGER", nullable: false),
                    meal = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    group = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    subsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    flags = table.Column<int>(type: "INTEGER", nullable: false),
                    rule_key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    upload_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_settlements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    meals = table.Column<int>(type: "INTEGER", nullable: false),
                    subsidised_meals = table.Column<int>(type: "INTEGER", nullable: false),
                    priority_meals = table.Column<int>(type: "INTEGER", nullable: false),
                    priority_subsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    age70_meals = table.Column<int>(type: "INTEGER", nullable: false),
                    age70_subsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidy_total = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    excluded_meals = table.Column<int>(type: "INTEGER", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    submitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_settlements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_meal_uploads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    duplicates = table.Column<int>(type: "INTEGER", nullable: false),
                    rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    errors_json = table.Column<string>(type: "TEXT", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    uploaded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_meal_uploads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_training_courses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    organiser = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hours = table.Column<int>(type: "INTEGER", nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_training_courses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_training_enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    worker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    institution_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    certificate_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    completed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    enrolled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_training_enrolments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_adaptation_measures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    unit_cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_adaptation_measures", x => x.id);
                    table.ForeignKey(
                        name: "FK_eldercare_adaptation_measures_eldercare_adaptation_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "eldercare_adaptation_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_bill_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    bill_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    orders = table.Column<int>(type: "INTEGER", nullable: false),
                    minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    entitlement = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidised = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    self_paid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    subsidy_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_bill_lines", x => x.id);
                    table.ForeignKey(
                        name: "FK_eldercare_homecare_bill_lines_eldercare_homecare_bills_bill_id",
                        column: x => x.bill_id,
                        principalTable: "eldercare_homecare_bills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "eldercare_homecare_subsidy_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subsidy_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_eldercare_homecare_subsidy_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_eldercare_homecare_subsidy_events_eldercare_homecare_subsidies_subsidy_id",
                        column: x => x.subsidy_id,
                        principalTable: "eldercare_homecare_subsidies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_adaptation_cases_case_number",
                table: "eldercare_adaptation_cases",
                column: "case_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_adaptation_cases_division_code_status",
                table: "eldercare_adaptation_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_adaptation_cases_id_number",
                table: "eldercare_adaptation_cases",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_adaptation_measures_case_id",
                table: "eldercare_adaptation_measures",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_adaptation_photos_case_id",
                table: "eldercare_adaptation_photos",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_admissions_institution_code_discharged_on",
                table: "eldercare_admissions",
                columns: new[] { "institution_code", "discharged_on" });

            migrationBuilder.CreateIndex(
                name: "ux_admissions_open_person",
                table: "eldercare_admissions",
                column: "id_number",
                unique: true,
                filter: "discharged_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_assessments_division_code",
                table: "eldercare_assessments",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_assessments_person_id_assessed_on",
                table: "eldercare_assessments",
                columns: new[] { "person_id", "assessed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_bed_changes_institution_code_changed_on",
                table: "eldercare_bed_changes",
                columns: new[] { "institution_code", "changed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_bed_changes_subsidy_application_id",
                table: "eldercare_bed_changes",
                column: "subsidy_application_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_care_workers_division_code",
                table: "eldercare_care_workers",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_care_workers_institution_code_id_number",
                table: "eldercare_care_workers",
                columns: new[] { "institution_code", "id_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_clinic_contracts_institution_code",
                table: "eldercare_clinic_contracts",
                column: "institution_code");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_elder_profiles_division_code",
                table: "eldercare_elder_profiles",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_elder_profiles_id_number",
                table: "eldercare_elder_profiles",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_bill_lines_bill_id",
                table: "eldercare_homecare_bill_lines",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_bills_division_code_status",
                table: "eldercare_homecare_bills",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_bills_institution_code_month",
                table: "eldercare_homecare_bills",
                columns: new[] { "institution_code", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_orders_bill_id",
                table: "eldercare_homecare_orders",
                column: "bill_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_orders_institution_code_id_number_service_date_start_time_item_code",
                table: "eldercare_homecare_orders",
                columns: new[] { "institution_code", "id_number", "service_date", "start_time", "item_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_orders_institution_code_service_date",
                table: "eldercare_homecare_orders",
                columns: new[] { "institution_code", "service_date" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_subsidies_division_code_status",
                table: "eldercare_homecare_subsidies",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_subsidies_id_number",
                table: "eldercare_homecare_subsidies",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_subsidies_number",
                table: "eldercare_homecare_subsidies",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_homecare_subsidy_events_subsidy_id",
                table: "eldercare_homecare_subsidy_events",
                column: "subsidy_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_institution_status_changes_institution_code",
                table: "eldercare_institution_status_changes",
                column: "institution_code");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_institution_subsidies_number",
                table: "eldercare_institution_subsidies",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_institution_subsidies_month",
                table: "eldercare_institution_subsidies",
                columns: new[] { "institution_code", "month" },
                unique: true,
                filter: "month IS NOT NULL AND status <> 'Refused'");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_institutions_code",
                table: "eldercare_institutions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_institutions_division_code_kind",
                table: "eldercare_institutions",
                columns: new[] { "division_code", "kind" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_claims_division_code_status",
                table: "eldercare_insurance_claims",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_claims_number",
                table: "eldercare_insurance_claims",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_claims_person_id",
                table: "eldercare_insurance_claims",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_roster_division_code_covered_until",
                table: "eldercare_insurance_roster",
                columns: new[] { "division_code", "covered_until" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_roster_id_number",
                table: "eldercare_insurance_roster",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_insurance_roster_person_id",
                table: "eldercare_insurance_roster",
                column: "person_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_enrolment_changes_enrolment_id",
                table: "eldercare_meal_enrolment_changes",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_enrolments_card_number",
                table: "eldercare_meal_enrolments",
                column: "card_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_enrolments_division_code_group",
                table: "eldercare_meal_enrolments",
                columns: new[] { "division_code", "group" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_enrolments_id_number",
                table: "eldercare_meal_enrolments",
                column: "id_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_enrolments_person_id",
                table: "eldercare_meal_enrolments",
                column: "person_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_records_division_code_meal_date",
                table: "eldercare_meal_records",
                columns: new[] { "division_code", "meal_date" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_records_institution_code_meal_date_meal_person_key",
                table: "eldercare_meal_records",
                columns: new[] { "institution_code", "meal_date", "meal", "person_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_records_meal_date_enrolment_id",
                table: "eldercare_meal_records",
                columns: new[] { "meal_date", "enrolment_id" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_settlements_institution_code_month",
                table: "eldercare_meal_settlements",
                columns: new[] { "institution_code", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_meal_uploads_institution_code_uploaded_at_utc",
                table: "eldercare_meal_uploads",
                columns: new[] { "institution_code", "uploaded_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_training_courses_starts_on",
                table: "eldercare_training_courses",
                column: "starts_on");

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_training_enrolments_course_id_worker_id",
                table: "eldercare_training_enrolments",
                columns: new[] { "course_id", "worker_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_eldercare_training_enrolments_worker_id",
                table: "eldercare_training_enrolments",
                column: "worker_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "eldercare_adaptation_counters");

            migrationBuilder.DropTable(
                name: "eldercare_adaptation_measures");

            migrationBuilder.DropTable(
                name: "eldercare_adaptation_photos");

            migrationBuilder.DropTable(
                name: "eldercare_admissions");

            migrationBuilder.DropTable(
                name: "eldercare_assessments");

            migrationBuilder.DropTable(
                name: "eldercare_bed_changes");

            migrationBuilder.DropTable(
                name: "eldercare_care_workers");

            migrationBuilder.DropTable(
                name: "eldercare_clinic_contracts");

            migrationBuilder.DropTable(
                name: "eldercare_elder_profiles");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_bill_lines");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_counters");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_orders");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_subsidy_events");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_uploads");

            migrationBuilder.DropTable(
                name: "eldercare_institution_status_changes");

            migrationBuilder.DropTable(
                name: "eldercare_institution_subsidies");

            migrationBuilder.DropTable(
                name: "eldercare_institution_subsidy_counters");

            migrationBuilder.DropTable(
                name: "eldercare_institutions");

            migrationBuilder.DropTable(
                name: "eldercare_insurance_claim_counters");

            migrationBuilder.DropTable(
                name: "eldercare_insurance_claims");

            migrationBuilder.DropTable(
                name: "eldercare_insurance_roster");

            migrationBuilder.DropTable(
                name: "eldercare_meal_card_counters");

            migrationBuilder.DropTable(
                name: "eldercare_meal_enrolment_changes");

            migrationBuilder.DropTable(
                name: "eldercare_meal_enrolments");

            migrationBuilder.DropTable(
                name: "eldercare_meal_records");

            migrationBuilder.DropTable(
                name: "eldercare_meal_settlements");

            migrationBuilder.DropTable(
                name: "eldercare_meal_uploads");

            migrationBuilder.DropTable(
                name: "eldercare_training_courses");

            migrationBuilder.DropTable(
                name: "eldercare_training_enrolments");

            migrationBuilder.DropTable(
                name: "eldercare_adaptation_cases");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_bills");

            migrationBuilder.DropTable(
                name: "eldercare_homecare_subsidies");
        }
    }
}
