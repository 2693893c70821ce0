using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rescue_case_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_case_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "rescue_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    estimated_age = table.Column<int>(type: "INTEGER", nullable: true),
                    height_cm = table.Column<int>(type: "INTEGER", nullable: true),
                    found_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    found_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    accent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    admitted_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    closed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    found_by = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    found_by_unit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    police_escorted = table.Column<bool>(type: "INTEGER", nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    build = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    health = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    mental_state = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    intellectual_state = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    clothing = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    physical_features = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    observed_disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    observed_mental_illness = table.Column<bool>(type: "INTEGER", nullable: false),
                    observed_sick = table.Column<bool>(type: "INTEGER", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    suggested_category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    category_confirmed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    room_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    stay_norm_days = table.Column<int>(type: "INTEGER", nullable: false),
                    intake_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    left_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    placement_institution = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    placed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    hukou_settled_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    hukou_approved_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    closure_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    assistance_case_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    assistance_referred_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rescue_missing_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    missing_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    missing_sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    missing_birth_year = table.Column<int>(type: "INTEGER", nullable: true),
                    missing_since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    missing_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    reporter_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reporter_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    reporter_relationship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    missing_height_cm = table.Column<int>(type: "INTEGER", nullable: true),
                    missing_accent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    missing_description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    home_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    closed_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_missing_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rescue_rooms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_rooms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rescue_belongings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    item = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    registered_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    returned_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    return_signed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_belongings", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_belongings_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_case_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    what = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_case_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_case_events_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_case_photos",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    taken_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    is_primary = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_case_photos", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_case_photos_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_hand_overs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    receiver_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    receiver_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    handed_over_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_hand_overs", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_hand_overs_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_match_candidates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    score = table.Column<double>(type: "REAL", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    found_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reviewed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    review_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_match_candidates", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_match_candidates_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_medical_referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    hospital = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    returned_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_medical_referrals", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_medical_referrals_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    case_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    age = table.Column<int>(type: "INTEGER", nullable: true),
                    age_estimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    height_cm = table.Column<int>(type: "INTEGER", nullable: true),
                    health = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    intellect = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    mental = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    physical_features = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    clothing = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    accent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    found_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    found_district = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    found_place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    station_contact = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    photo_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    first_published_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    published_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    unpublished_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    unpublish_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_notices_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_reunions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reunited_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    who_came = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    follow_up = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_reunions", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_reunions_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rescue_stay_extensions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    requested_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    requested_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_stay_extensions", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_stay_extensions_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_travel_tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    destination = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    travel_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    fare = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    escort = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    issued_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_travel_tickets", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_travel_tickets_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_dna_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    side = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    donor_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    sample_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    lab = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    collected_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    sent_to_police_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    police_match_ref = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    genotypes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    locus_count = table.Column<int>(type: "INTEGER", nullable: false),
                    candidates_found = table.Column<int>(type: "INTEGER", nullable: false),
                    searched_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_dna_profiles", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_dna_profiles_rescue_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "rescue_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_rescue_dna_profiles_rescue_missing_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "rescue_missing_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "rescue_dna_match_evidence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    candidate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_profile_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_profile_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    combined_index = table.Column<double>(type: "REAL", nullable: false),
                    inconsistent_loci = table.Column<int>(type: "INTEGER", nullable: false),
                    loci_compared = table.Column<int>(type: "INTEGER", nullable: false),
                    conclusion = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    per_locus_json = table.Column<string>(type: "TEXT", nullable: false),
                    parameters_json = table.Column<string>(type: "TEXT", nullable: false),
                    computed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_dna_match_evidence", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_dna_match_evidence_rescue_match_candidates_candidate_id",
                        column: x => x.candidate_id,
                        principalTable: "rescue_match_candidates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_notice_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    notice_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    received_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    handled_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    handled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    handled_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_notice_messages", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_notice_messages_rescue_notices_notice_id",
                        column: x => x.notice_id,
                        principalTable: "rescue_notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rescue_reunion_follow_ups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    reunion_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    visited_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rescue_reunion_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "FK_rescue_reunion_follow_ups_rescue_reunions_reunion_id",
                        column: x => x.reunion_id,
                        principalTable: "rescue_reunions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_belongings_case_id",
                table: "rescue_belongings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_case_events_case_id_at_utc",
                table: "rescue_case_events",
                columns: new[] { "case_id", "at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_case_photos_case_id",
                table: "rescue_case_photos",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_cases_admitted_at_utc",
                table: "rescue_cases",
                column: "admitted_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_cases_case_number",
                table: "rescue_cases",
                column: "case_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_cases_division_code_status",
                table: "rescue_cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_cases_room_id",
                table: "rescue_cases",
                column: "room_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_dna_match_evidence_candidate_id",
                table: "rescue_dna_match_evidence",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_dna_match_evidence_case_profile_id_report_profile_id",
                table: "rescue_dna_match_evidence",
                columns: new[] { "case_profile_id", "report_profile_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_dna_profiles_case_id",
                table: "rescue_dna_profiles",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_dna_profiles_created_at_utc",
                table: "rescue_dna_profiles",
                column: "created_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_dna_profiles_report_id",
                table: "rescue_dna_profiles",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_dna_profiles_sample_id",
                table: "rescue_dna_profiles",
                column: "sample_id",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_rescue_hand_overs_case_id",
                table: "rescue_hand_overs",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_match_candidates_case_id_report_id_source_relationship",
                table: "rescue_match_candidates",
                columns: new[] { "case_id", "report_id", "source", "relationship" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_match_candidates_status_source",
                table: "rescue_match_candidates",
                columns: new[] { "status", "source" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_medical_referrals_case_id",
                table: "rescue_medical_referrals",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_missing_reports_division_code_status",
                table: "rescue_missing_reports",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_missing_reports_report_number",
                table: "rescue_missing_reports",
                column: "report_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_notice_messages_notice_id",
                table: "rescue_notice_messages",
                column: "notice_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_notice_messages_status_received_at_utc",
                table: "rescue_notice_messages",
                columns: new[] { "status", "received_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_notices_case_id",
                table: "rescue_notices",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_notices_status_found_on",
                table: "rescue_notices",
                columns: new[] { "status", "found_on" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_reunion_follow_ups_reunion_id",
                table: "rescue_reunion_follow_ups",
                column: "reunion_id");

            migrationBuilder.CreateIndex(
                name: "IX_rescue_reunions_case_id",
                table: "rescue_reunions",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_reunions_division_code_reunited_on",
                table: "rescue_reunions",
                columns: new[] { "division_code", "reunited_on" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_rooms_division_code_code",
                table: "rescue_rooms",
                columns: new[] { "division_code", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rescue_stay_extensions_case_id_status",
                table: "rescue_stay_extensions",
                columns: new[] { "case_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_rescue_travel_tickets_case_id",
                table: "rescue_travel_tickets",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rescue_belongings");

            migrationBuilder.DropTable(
                name: "rescue_case_counters");

            migrationBuilder.DropTable(
                name: "rescue_case_events");

            migrationBuilder.DropTable(
                name: "rescue_case_photos");

            migrationBuilder.DropTable(
                name: "rescue_dna_match_evidence");

            migrationBuilder.DropTable(
                name: "rescue_dna_profiles");

            migrationBuilder.DropTable(
                name: "rescue_face_embeddings");

            migrationBuilder.DropTable(
                name: "rescue_hand_overs");

            migrationBuilder.DropTable(
                name: "rescue_medical_referrals");

            migrationBuilder.DropTable(
                name: "rescue_notice_messages");

            migrationBuilder.DropTable(
                name: "rescue_reunion_follow_ups");

            migrationBuilder.DropTable(
                name: "rescue_rooms");

            migrationBuilder.DropTable(
                name: "rescue_stay_extensions");

            migrationBuilder.DropTable(
                name: "rescue_travel_tickets");

            migrationBuilder.DropTable(
                name: "rescue_match_candidates");

            migrationBuilder.DropTable(
                name: "rescue_missing_reports");

            migrationBuilder.DropTable(
                name: "rescue_notices");

            migrationBuilder.DropTable(
                name: "rescue_reunions");

            migrationBuilder.DropTable(
                name: "rescue_cases");
        }
    }
}
