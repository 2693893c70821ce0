using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Marriage.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "marriage");

            migrationBuilder.CreateTable(
                name: "appointment_day_locks",
                schema: "marriage",
                columns: table => new
                {
                    id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    appointment_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appointment_day_locks", x => new { x.id_number, x.date });
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                schema: "marriage",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    service_type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    party_a_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    party_a_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    party_a_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    party_b_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    party_b_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    party_b_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    booked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    cancelled_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    checked_in_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reschedule_count = table.Column<int>(type: "integer", nullable: false),
                    replaced_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appointments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "certificate_sequences",
                schema: "marriage",
                columns: table => new
                {
                    prefix = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_sequences", x => new { x.prefix, x.division_code, x.year });
                });

            migrationBuilder.CreateTable(
                name: "divorce_applications",
                schema: "marriage",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    appointment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    earliest_registration_on = table.Column<DateOnly>(type: "date", nullable: false),
                    lapses_after = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    party_a_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    party_a_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    party_b_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    party_b_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    closed_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_divorce_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "offices",
                schema: "marriage",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_offices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registrations",
                schema: "marriage",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    appointment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    divorce_application_id = table.Column<Guid>(type: "uuid", nullable: true),
                    service_type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    registrar = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    registrar_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    party_a_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    party_a_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    party_b_id_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    party_b_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registrations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "session_templates",
                schema: "marriage",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day_of_week = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    capacity_json = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                schema: "marriage",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    label = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    is_closed = table.Column<bool>(type: "boolean", nullable: false),
                    closed_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sms_outbox",
                schema: "marriage",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    topic = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    sent_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sms_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "special_days",
                schema: "marriage",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    office_id = table.Column<Guid>(type: "uuid", nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    is_closure = table.Column<bool>(type: "boolean", nullable: false),
                    period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    start = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    end = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    capacity_json = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    announced_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_special_days", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "office_served_districts",
                schema: "marriage",
                columns: table => new
                {
                    office_id = table.Column<Guid>(type: "uuid", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_office_served_districts", x => new { x.office_id, x.division_code });
                    table.ForeignKey(
                        name: "FK_office_served_districts_offices_office_id",
                        column: x => x.office_id,
                        principalSchema: "marriage",
                        principalTable: "offices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_quotas",
                schema: "marriage",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    remaining = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_session_quotas", x => new { x.session_id, x.service_type });
                    table.CheckConstraint("ck_session_quotas_remaining", "remaining >= 0 AND remaining <= capacity");
                    table.ForeignKey(
                        name: "FK_session_quotas_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "marriage",
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_appointment_day_locks_appointment_id",
                schema: "marriage",
                table: "appointment_day_locks",
                column: "appointment_id");

            migrationBuilder.CreateIndex(
                name: "IX_appointments_booked_by",
                schema: "marriage",
                table: "appointments",
                column: "booked_by");

            migrationBuilder.CreateIndex(
                name: "IX_appointments_code",
                schema: "marriage",
                table: "appointments",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appointments_division_code_date",
                schema: "marriage",
                table: "appointments",
                columns: new[] { "division_code", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_appointments_party_a_id_number",
                schema: "marriage",
                table: "appointments",
                column: "party_a_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_appointments_party_b_id_number",
                schema: "marriage",
                table: "appointments",
                column: "party_b_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_appointments_session_id_service_type_status",
                schema: "marriage",
                table: "appointments",
                columns: new[] { "session_id", "service_type", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_divorce_applications_party_a_id_number_status",
                schema: "marriage",
                table: "divorce_applications",
                columns: new[] { "party_a_id_number", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_divorce_applications_party_b_id_number_status",
                schema: "marriage",
                table: "divorce_applications",
                columns: new[] { "party_b_id_number", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_office_served_districts_division_code",
                schema: "marriage",
                table: "office_served_districts",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_offices_code",
                schema: "marriage",
                table: "offices",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registrations_certificate_number",
                schema: "marriage",
                table: "registrations",
                column: "certificate_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registrations_division_code_registered_on",
                schema: "marriage",
                table: "registrations",
                columns: new[] { "division_code", "registered_on" });

            migrationBuilder.CreateIndex(
                name: "IX_registrations_party_a_id_number",
                schema: "marriage",
                table: "registrations",
                column: "party_a_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_registrations_party_b_id_number",
                schema: "marriage",
                table: "registrations",
                column: "party_b_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_session_templates_office_id_day_of_week_period",
                schema: "marriage",
                table: "session_templates",
                columns: new[] { "office_id", "day_of_week", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sessions_date",
                schema: "marriage",
                table: "sessions",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "IX_sessions_office_id_date_period",
                schema: "marriage",
                table: "sessions",
                columns: new[] { "office_id", "date", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sms_outbox_sent_at_utc",
                schema: "marriage",
                table: "sms_outbox",
                column: "sent_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_special_days_date",
                schema: "marriage",
                table: "special_days",
                column: "date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointment_day_locks",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "appointments",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "certificate_sequences",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "divorce_applications",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "office_served_districts",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "registrations",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "session_quotas",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "session_templates",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "sms_outbox",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "special_days",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "offices",
                schema: "marriage");

            migrationBuilder.DropTable(
                name: "sessions",
                schema: "marriage");
        }
    }
}
