using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "rescue");

            migrationBuilder.CreateTable(
                name: "case_counters",
                schema: "rescue",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    estimated_age = table.Column<int>(type: "integer", nullable: true),
                    height_cm = table.Column<int>(type: "integer", nullable: true),
                    found_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    found_place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    accent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    admitted_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    closed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    found_by = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    found_by_unit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    police_escorted = table.Column<bool>(type: "boolean", nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    build = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    health = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    mental_state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    intellectual_state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    clothing = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    physical_features = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    observed_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    observed_mental_illness = table.Column<bool>(type: "boolean", nullable: false),
                    observed_sick = table.Column<bool>(type: "boolean", nullable: false),
                    category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    suggested_category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    category_confirmed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    room_id = table.Column<Guid>(type: "uuid", nullable: true),
                    stay_norm_days = table.Column<int>(type: "integer", nullable: false),
                    intake_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    left_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    placement_institution = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    placed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hukou_settled_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hukou_approved_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    closure_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    assistance_case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assistance_referred_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "missing_reports",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    missing_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    missing_sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    missing_birth_year = table.Column<int>(type: "integer", nullable: true),
                    missing_since = table.Column<DateOnly>(type: "date", nullable: true),
                    missing_place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reporter_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reporter_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    reporter_relationship = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reported_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    missing_height_cm = table.Column<int>(type: "integer", nullable: true),
                    missing_accent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    missing_description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    home_place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    closed_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_missing_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rooms",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rooms", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "belongings",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    item = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    registered_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    returned_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    return_signed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_belongings", x => x.id);
                    table.ForeignKey(
                        name: "FK_belongings_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    what = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_events_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_photos",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    taken_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    is_primary = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_photos", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_photos_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hand_overs",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    receiver_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    relationship = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    receiver_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    handed_over_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hand_overs", x => x.id);
                    table.ForeignKey(
                        name: "FK_hand_overs_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "match_candidates",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    relationship = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    found_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reviewed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    review_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_match_candidates", x => x.id);
                    table.ForeignKey(
                        name: "FK_match_candidates_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "medical_referrals",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    hospital = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    returned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_medical_referrals", x => x.id);
                    table.ForeignKey(
                        name: "FK_medical_referrals_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notices",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    case_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    age = table.Column<int>(type: "integer", nullable: true),
                    age_estimated = table.Column<bool>(type: "boolean", nullable: false),
                    height_cm = table.Column<int>(type: "integer", nullable: true),
                    health = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    intellect = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    mental = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    physical_features = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    clothing = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    accent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    found_on = table.Column<DateOnly>(type: "date", nullable: false),
                    found_district = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    found_place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    station_contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    photo_id = table.Column<Guid>(type: "uuid", nullable: true),
                    first_published_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    published_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    published_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    unpublished_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    unpublish_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notices", x => x.id);
                    table.ForeignKey(
                        name: "FK_notices_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reunions",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reunited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    who_came = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    follow_up = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reunions", x => x.id);
                    table.ForeignKey(
                        name: "FK_reunions_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stay_extensions",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    reason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    requested_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    decided_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stay_extensions", x => x.id);
                    table.ForeignKey(
                        name: "FK_stay_extensions_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "travel_tickets",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    destination = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    mode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    travel_on = table.Column<DateOnly>(type: "date", nullable: false),
                    fare = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    escort = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    issued_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    issued_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_travel_tickets", x => x.id);
                    table.ForeignKey(
                        name: "FK_travel_tickets_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dna_profiles",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    side = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    report_id = table.Column<Guid>(type: "uuid", nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    donor_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    sample_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    lab = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    collected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    sent_to_police_on = table.Column<DateOnly>(type: "date", nullable: true),
                    police_match_ref = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    genotypes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    locus_count = table.Column<int>(type: "integer", nullable: false),
                    candidates_found = table.Column<int>(type: "integer", nullable: false),
                    searched_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dna_profiles", x => x.id);
                    table.ForeignKey(
                        name: "FK_dna_profiles_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dna_profiles_missing_reports_report_id",
                        column: x => x.report_id,
                        principalSchema: "rescue",
                        principalTable: "missing_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "face_embeddings",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    report_id = table.Column<Guid>(type: "uuid", nullable: true),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    model = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    model_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    dimension = table.Column<int>(type: "integer", nullable: false),
                    vector = table.Column<byte[]>(type: "bytea", nullable: false),
                    origin = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    photo_id = table.Column<Guid>(type: "uuid", nullable: true),
                    image = table.Column<byte[]>(type: "bytea", nullable: true),
                    image_content_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    source_note = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_face_embeddings", x => x.id);
                    table.ForeignKey(
                        name: "FK_face_embeddings_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "rescue",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_face_embeddings_missing_reports_report_id",
                        column: x => x.report_id,
                        principalSchema: "rescue",
                        principalTable: "missing_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dna_match_evidence",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_profile_id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_profile_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    relationship = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    combined_index = table.Column<double>(type: "double precision", nullable: false),
                    inconsistent_loci = table.Column<int>(type: "integer", nullable: false),
                    loci_compared = table.Column<int>(type: "integer", nullable: false),
                    conclusion = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    per_locus_json = table.Column<string>(type: "text", nullable: false),
                    parameters_json = table.Column<string>(type: "text", nullable: false),
                    computed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dna_match_evidence", x => x.id);
                    table.ForeignKey(
                        name: "FK_dna_match_evidence_match_candidates_candidate_id",
                        column: x => x.candidate_id,
                        principalSchema: "rescue",
                        principalTable: "match_candidates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notice_messages",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    notice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    relationship = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    received_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    handled_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    handled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    handled_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_messages", x => x.id);
                    table.ForeignKey(
                        name: "FK_notice_messages_notices_notice_id",
                        column: x => x.notice_id,
                        principalSchema: "rescue",
                        principalTable: "notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reunion_follow_ups",
                schema: "rescue",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reunion_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    visited_on = table.Column<DateOnly>(type: "date", nullable: false),
                    method = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    recorded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reunion_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "FK_reunion_follow_ups_reunions_reunion_id",
                        column: x => x.reunion_id,
                        principalSchema: "rescue",
                        principalTable: "reunions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_belongings_case_id",
                schema: "rescue",
                table: "belongings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_case_events_case_id_at_utc",
                schema: "rescue",
                table: "case_events",
                columns: new[] { "case_id", "at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_case_photos_case_id",
                schema: "rescue",
                table: "case_photos",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_cases_admitted_at_utc",
                schema: "rescue",
                table: "cases",
                column: "admitted_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_cases_case_number",
                schema: "rescue",
                table: "cases",
                column: "case_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_division_code_status",
                schema: "rescue",
                table: "cases",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_room_id",
                schema: "rescue",
                table: "cases",
                column: "room_id");

            migrationBuilder.CreateIndex(
                name: "IX_dna_match_evidence_candidate_id",
                schema: "rescue",
                table: "dna_match_evidence",
                column: "candidate_id");

            migrationBuilder.CreateIndex(
                name: "IX_dna_match_evidence_case_profile_id_report_profile_id",
                schema: "rescue",
                table: "dna_match_evidence",
                columns: new[] { "case_profile_id", "report_profile_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dna_profiles_case_id",
                schema: "rescue",
                table: "dna_profiles",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_dna_profiles_created_at_utc",
                schema: "rescue",
                table: "dna_profiles",
                column: "created_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_dna_profiles_report_id",
                schema: "rescue",
                table: "dna_profiles",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "IX_dna_profiles_sample_id",
                schema: "rescue",
                table: "dna_profiles",
                column: "sample_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_face_embeddings_case_id",
                schema: "rescue",
                table: "face_embeddings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_face_embeddings_division_code_created_at_utc",
                schema: "rescue",
                table: "face_embeddings",
                columns: new[] { "division_code", "created_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_face_embeddings_report_id",
                schema: "rescue",
                table: "face_embeddings",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "IX_hand_overs_case_id",
                schema: "rescue",
                table: "hand_overs",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_match_candidates_case_id_report_id_source_relationship",
                schema: "rescue",
                table: "match_candidates",
                columns: new[] { "case_id", "report_id", "source", "relationship" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_match_candidates_status_source",
                schema: "rescue",
                table: "match_candidates",
                columns: new[] { "status", "source" });

            migrationBuilder.CreateIndex(
                name: "IX_medical_referrals_case_id",
                schema: "rescue",
                table: "medical_referrals",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_missing_reports_division_code_status",
                schema: "rescue",
                table: "missing_reports",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_missing_reports_report_number",
                schema: "rescue",
                table: "missing_reports",
                column: "report_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notice_messages_notice_id",
                schema: "rescue",
                table: "notice_messages",
                column: "notice_id");

            migrationBuilder.CreateIndex(
                name: "IX_notice_messages_status_received_at_utc",
                schema: "rescue",
                table: "notice_messages",
                columns: new[] { "status", "received_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_notices_case_id",
                schema: "rescue",
                table: "notices",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notices_status_found_on",
                schema: "rescue",
                table: "notices",
                columns: new[] { "status", "found_on" });

            migrationBuilder.CreateIndex(
                name: "IX_reunion_follow_ups_reunion_id",
                schema: "rescue",
                table: "reunion_follow_ups",
                column: "reunion_id");

            migrationBuilder.CreateIndex(
                name: "IX_reunions_case_id",
                schema: "rescue",
                table: "reunions",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reunions_division_code_reunited_on",
                schema: "rescue",
                table: "reunions",
                columns: new[] { "division_code", "reunited_on" });

            migrationBuilder.CreateIndex(
                name: "IX_rooms_division_code_code",
                schema: "rescue",
                table: "rooms",
                columns: new[] { "division_code", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stay_extensions_case_id_status",
                schema: "rescue",
                table: "stay_extensions",
                columns: new[] { "case_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_travel_tickets_case_id",
                schema: "rescue",
                table: "travel_tickets",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "belongings",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "case_counters",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "case_events",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "case_photos",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "dna_match_evidence",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "dna_profiles",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "face_embeddings",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "hand_overs",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "medical_referrals",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "notice_messages",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "reunion_follow_ups",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "rooms",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "stay_extensions",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "travel_tickets",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "match_candidates",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "missing_reports",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "notices",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "reunions",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "rescue");
        }
    }
}
