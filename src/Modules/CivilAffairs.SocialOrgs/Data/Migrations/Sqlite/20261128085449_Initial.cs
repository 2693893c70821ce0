using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.SocialOrgs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "socialorgs_annual_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    authority_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    org_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    late = table.Column<bool>(type: "INTEGER", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    individual_members = table.Column<int>(type: "INTEGER", nullable: false),
                    unit_members = table.Column<int>(type: "INTEGER", nullable: false),
                    full_time_staff = table.Column<int>(type: "INTEGER", nullable: false),
                    council_meetings = table.Column<int>(type: "INTEGER", nullable: false),
                    general_meetings = table.Column<int>(type: "INTEGER", nullable: false),
                    activities_summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    income_total = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    expenditure_total = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    charitable_expenditure = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    staff_and_admin_costs = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    prior_year_income = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    prior_year_fund_balance = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    net_assets = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    major_changes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    self_declared_breaches = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    return_count = table.Column<int>(type: "INTEGER", nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    breaches = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    opinion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    graded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    graded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ratio_checks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ratio_failed = table.Column<bool>(type: "INTEGER", nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    rectification = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rectify_by = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    rectification_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    rectification_reported_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    rectification_closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    rectification_closed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_annual_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_annual_sanction_proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    authority_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    years = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    proposed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    proposed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    handed_to_enforcement = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_annual_sanction_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    subject_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    subject_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    complainant_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    complainant_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    assigned_to = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    substantiated = table.Column<bool>(type: "INTEGER", nullable: true),
                    result = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    replied_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    reply_due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_complaints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_credit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    list = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    source_ref = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    due_by = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    listed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    restarts = table.Column<int>(type: "INTEGER", nullable: false),
                    rule_note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    listed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    removed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    removal_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    removed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_credit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_credit_letters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    tracking_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    returned_unsigned_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    verdict = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    entry_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_credit_letters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_credit_removals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    entry_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entry_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    list = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    @fixed = table.Column<string>(name: "fixed", type: "TEXT", maxLength: 200, nullable: false),
                    proof = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    due_by = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    rule_note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    auto_check = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    verified_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    verified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    verify_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decision_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_credit_removals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_enforcement_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    subject_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    subject_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    illegal_organization = table.Column<bool>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    source_ref = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    proposed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    proposed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    filed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decision_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    investigators = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    proposed_outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    proposed_amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    hearing_right = table.Column<bool>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    suspension_months = table.Column<int>(type: "INTEGER", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    parameters_used = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    credit_entries = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_enforcement_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    inspected_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    inspectors = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rectify_by = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    rectified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_number_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_organization_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    occurred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_organization_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_organizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    credit_code_warning = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    authority_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    supervising_unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    is_industry_association = table.Column<bool>(type: "INTEGER", nullable: false),
                    legal_representative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    registered_capital = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    business_scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    established_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    is_charitable = table.Column<bool>(type: "INTEGER", nullable: false),
                    charitable_since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    public_fundraising = table.Column<bool>(type: "INTEGER", nullable: false),
                    last_inspection_year = table.Column<int>(type: "INTEGER", nullable: true),
                    last_inspection_result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    credit_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rectifying = table.Column<bool>(type: "INTEGER", nullable: false),
                    imported = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_party_census_reports",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    party_organizations = table.Column<int>(type: "INTEGER", nullable: false),
                    members = table.Column<int>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_party_census_reports", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_party_service_centres",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    host = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    host_organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    services = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    visits_per_year = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_party_service_centres", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_party_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    party_members = table.Column<int>(type: "INTEGER", nullable: false),
                    form = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    party_org_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    established_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    secretary = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    superior = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    instructor = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    updated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_party_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_registration_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    authority_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    supervising_unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    field = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    is_industry_association = table.Column<bool>(type: "INTEGER", nullable: false),
                    legal_representative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    new_division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    business_scope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    individual_members = table.Column<int>(type: "INTEGER", nullable: true),
                    unit_members = table.Column<int>(type: "INTEGER", nullable: true),
                    funds = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    public_fundraising = table.Column<bool>(type: "INTEGER", nullable: false),
                    org_code = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    threshold_basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    liquidation_report_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    filed_by_organization = table.Column<bool>(type: "INTEGER", nullable: false),
                    filed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    accepted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reviewed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    review_opinion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    returned_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    resume_status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    paused_working_days = table.Column<int>(type: "INTEGER", nullable: false),
                    paused_days = table.Column<int>(type: "INTEGER", nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    statutory_due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    deadline_basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_registration_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_registry_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    added = table.Column<int>(type: "INTEGER", nullable: false),
                    updated = table.Column<int>(type: "INTEGER", nullable: false),
                    warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    errors = table.Column<int>(type: "INTEGER", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_registry_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_self_regulation_pilots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    batch_year = table.Column<int>(type: "INTEGER", nullable: false),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_self_regulation_pilots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "socialorgs_enforcement_case_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    step = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_socialorgs_enforcement_case_steps", x => x.id);
                    table.ForeignKey(
                        name: "FK_socialorgs_enforcement_case_steps_socialorgs_enforcement_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "socialorgs_enforcement_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_annual_reports_number",
                table: "socialorgs_annual_reports",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_annual_reports_organization_id_year",
                table: "socialorgs_annual_reports",
                columns: new[] { "organization_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_annual_reports_year_status_authority_code",
                table: "socialorgs_annual_reports",
                columns: new[] { "year", "status", "authority_code" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_annual_sanction_proposals_organization_id_year",
                table: "socialorgs_annual_sanction_proposals",
                columns: new[] { "organization_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_annual_sanction_proposals_status_authority_code",
                table: "socialorgs_annual_sanction_proposals",
                columns: new[] { "status", "authority_code" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_complaints_division_code_received_on",
                table: "socialorgs_complaints",
                columns: new[] { "division_code", "received_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_complaints_number",
                table: "socialorgs_complaints",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_entries_list_removed_on_listed_on",
                table: "socialorgs_credit_entries",
                columns: new[] { "list", "removed_on", "listed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_entries_number",
                table: "socialorgs_credit_entries",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_entries_organization_id_list_removed_on",
                table: "socialorgs_credit_entries",
                columns: new[] { "organization_id", "list", "removed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_letters_number",
                table: "socialorgs_credit_letters",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_letters_organization_id_sent_on",
                table: "socialorgs_credit_letters",
                columns: new[] { "organization_id", "sent_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_removals_entry_id_status",
                table: "socialorgs_credit_removals",
                columns: new[] { "entry_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_removals_number",
                table: "socialorgs_credit_removals",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_credit_removals_status_due_by",
                table: "socialorgs_credit_removals",
                columns: new[] { "status", "due_by" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_enforcement_case_steps_case_id_on",
                table: "socialorgs_enforcement_case_steps",
                columns: new[] { "case_id", "on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_enforcement_cases_division_code_status",
                table: "socialorgs_enforcement_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_enforcement_cases_number",
                table: "socialorgs_enforcement_cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_enforcement_cases_organization_id_decided_on",
                table: "socialorgs_enforcement_cases",
                columns: new[] { "organization_id", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_inspections_number",
                table: "socialorgs_inspections",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_inspections_organization_id_inspected_on",
                table: "socialorgs_inspections",
                columns: new[] { "organization_id", "inspected_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_organization_events_organization_id_occurred_on",
                table: "socialorgs_organization_events",
                columns: new[] { "organization_id", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_organizations_authority_code_status",
                table: "socialorgs_organizations",
                columns: new[] { "authority_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_organizations_credit_code",
                table: "socialorgs_organizations",
                column: "credit_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_organizations_division_code_type_status",
                table: "socialorgs_organizations",
                columns: new[] { "division_code", "type", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_organizations_name",
                table: "socialorgs_organizations",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_party_units_organization_id",
                table: "socialorgs_party_units",
                column: "organization_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_registration_applications_division_code_status",
                table: "socialorgs_registration_applications",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_registration_applications_number",
                table: "socialorgs_registration_applications",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_registration_applications_organization_id",
                table: "socialorgs_registration_applications",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "IX_socialorgs_self_regulation_pilots_organization_id_batch_year",
                table: "socialorgs_self_regulation_pilots",
                columns: new[] { "organization_id", "batch_year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "socialorgs_annual_reports");

            migrationBuilder.DropTable(
                name: "socialorgs_annual_sanction_proposals");

            migrationBuilder.DropTable(
                name: "socialorgs_complaints");

            migrationBuilder.DropTable(
                name: "socialorgs_credit_entries");

            migrationBuilder.DropTable(
                name: "socialorgs_credit_letters");

            migrationBuilder.DropTable(
                name: "socialorgs_credit_removals");

            migrationBuilder.DropTable(
                name: "socialorgs_enforcement_case_steps");

            migrationBuilder.DropTable(
                name: "socialorgs_inspections");

            migrationBuilder.DropTable(
                name: "socialorgs_number_counters");

            migrationBuilder.DropTable(
                name: "socialorgs_organization_events");

            migrationBuilder.DropTable(
                name: "socialorgs_organizations");

            migrationBuilder.DropTable(
                name: "socialorgs_party_census_reports");

            migrationBuilder.DropTable(
                name: "socialorgs_party_service_centres");

            migrationBuilder.DropTable(
                name: "socialorgs_party_units");

            migrationBuilder.DropTable(
                name: "socialorgs_registration_applications");

            migrationBuilder.DropTable(
                name: "socialorgs_registry_imports");

            migrationBuilder.DropTable(
                name: "socialorgs_self_regulation_pilots");

            migrationBuilder.DropTable(
                name: "socialorgs_enforcement_cases");
        }
    }
}
