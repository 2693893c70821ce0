using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Marriage.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "marriage_appointment_day_locks",
                columns: table => new
                {
                    id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    appointment_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_appointment_day_locks", x => new { x.id_number, x.date });
                });

            migrationBuilder.CreateTable(
                name: "marriage_appointments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    office_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    service_type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    party_a_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    party_a_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    party_a_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    party_b_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    party_b_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    party_b_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    booked_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    cancelled_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    cancel_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    checked_in_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    reschedule_count = table.Column<int>(type: "INTEGER", nullable: false),
                    replaced_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_appointments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marriage_certificate_sequences",
                columns: table => new
                {
                    prefix = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_certificate_sequences", x => new { x.prefix, x.division_code, x.year });
                });

            migrationBuilder.CreateTable(
                name: "marriage_divorce_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    office_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    appointment_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    applied_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    earliest_registration_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    lapses_after = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    party_a_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    party_a_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    party_b_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    party_b_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    closed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_divorce_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marriage_offices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    hours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_offices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marriage_registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    office_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    appointment_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    divorce_application_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    service_type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    certificate_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    registrar = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    registrar_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    party_a_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    party_a_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    party_b_id_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    party_b_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_registrations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marriage_session_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    office_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day_of_week = table.Column<int>(type: "INTEGER", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    end = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    capacity_json = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_session_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marriage_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    office_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    end = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    label = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    is_closed = table.Column<bool>(type: "INTEGER", nullable: false),
                    closed_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_sessions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marriage_sms_outbox",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    topic = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    sent_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_sms_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marriage_special_days",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    office_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    is_closure = table.Column<bool>(type: "INTEGER", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    start = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    end = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    capacity_json = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    announced_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_special_days", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "marriage_office_served_districts",
                columns: table => new
                {
                    office_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_office_served_districts", x => new { x.office_id, x.division_code });
                    table.ForeignKey(
                        name: "FK_marriage_office_served_districts_marriage_offices_office_id",
                        column: x => x.office_id,
                        principalTable: "marriage_offices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "marriage_session_quotas",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    remaining = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_marriage_session_quotas", x => new { x.session_id, x.service_type });
                    table.CheckConstraint("ck_session_quotas_remaining", "remaining >= 0 AND remaining <= capacity");
                    table.ForeignKey(
                        name: "FK_marriage_session_quotas_marriage_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "marriage_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_marriage_appointment_day_locks_appointment_id",
                table: "marriage_appointment_day_locks",
                column: "appointment_id");

            migrationBuilder.CreateIndex(
                name: "IX_marriage_appointments_booked_by",
                table: "marriage_appointments",
                column: "booked_by");

            migrationBuilder.CreateIndex(
                name: "IX_marriage_appointments_code",
                table: "marriage_appointments",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marriage_appointments_division_code_date",
                table: "marriage_appointments",
                columns: new[] { "division_code", "date" });

            migrationBuilder.CreateIndex(
                name: "IX_marriage_appointments_party_a_id_number",
                table: "marriage_appointments",
                column: "party_a_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_marriage_appointments_party_b_id_number",
                table: "marriage_appointments",
                column: "party_b_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_marriage_appointments_session_id_service_type_status",
                table: "marriage_appointments",
                columns: new[] { "session_id", "service_type", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_marriage_divorce_applications_party_a_id_number_status",
                table: "marriage_divorce_applications",
                columns: new[] { "party_a_id_number", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_marriage_divorce_applications_party_b_id_number_status",
                table: "marriage_divorce_applications",
                columns: new[] { "party_b_id_number", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_marriage_office_served_districts_division_code",
                table: "marriage_office_served_districts",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "IX_marriage_offices_code",
                table: "marriage_offices",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marriage_registrations_certificate_number",
                table: "marriage_registrations",
                column: "certificate_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marriage_registrations_division_code_registered_on",
                table: "marriage_registrations",
                columns: new[] { "division_code", "registered_on" });

            migrationBuilder.CreateIndex(
                name: "IX_marriage_registrations_party_a_id_number",
                table: "marriage_registrations",
                column: "party_a_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_marriage_registrations_party_b_id_number",
                table: "marriage_registrations",
                column: "party_b_id_number");

            migrationBuilder.CreateIndex(
                name: "IX_marriage_session_templates_office_id_day_of_week_period",
                table: "marriage_session_templates",
                columns: new[] { "office_id", "day_of_week", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marriage_sessions_date",
                table: "marriage_sessions",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "IX_marriage_sessions_office_id_date_period",
                table: "marriage_sessions",
                columns: new[] { "office_id", "date", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_marriage_sms_outbox_sent_at_utc",
                table: "marriage_sms_outbox",
                column: "sent_at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_marriage_special_days_date",
                table: "marriage_special_days",
                column: "date");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "marriage_appointment_day_locks");

            migrationBuilder.DropTable(
                name: "marriage_appointments");

            migrationBuilder.DropTable(
                name: "marriage_certificate_sequences");

            migrationBuilder.DropTable(
                name: "marriage_divorce_applications");

            migrationBuilder.DropTable(
                name: "marriage_office_served_districts");

            migrationBuilder.DropTable(
                name: "marriage_registrations");

            migrationBuilder.DropTable(
                name: "marriage_session_quotas");

            migrationBuilder.DropTable(
                name: "marriage_session_templates");

            migrationBuilder.DropTable(
                name: "marriage_sms_outbox");

            migrationBuilder.DropTable(
                name: "marriage_special_days");

            migrationBuilder.DropTable(
                name: "marriage_offices");

            migrationBuilder.DropTable(
                name: "marriage_sessions");
        }
    }
}
