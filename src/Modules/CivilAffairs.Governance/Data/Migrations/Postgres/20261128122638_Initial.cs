using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Governance.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "governance");

            migrationBuilder.CreateTable(
                name: "assessment_periods",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    quarter = table.Column<int>(type: "integer", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    finalized_on = table.Column<DateOnly>(type: "date", nullable: true),
                    finalized_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    rules_used = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_periods", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "consultations",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    parties = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    conclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    concluded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rule_used = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "experts",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    employer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    fields = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_experts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    weight = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    scoring_rule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "governance",
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
                name: "policy_documents",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issuing_body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: true),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    repealed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    repeal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    supersedes_id = table.Column<Guid>(type: "uuid", nullable: true),
                    full_text = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    demo_number = table.Column<bool>(type: "boolean", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "proposals",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    session = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    proposers = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    key = table.Column<bool>(type: "boolean", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    lead_unit = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    co_units = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    assigned_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    due_basis = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    reply_text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    replied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    replied_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    satisfaction = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_programmes",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    organizer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    self_score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    self_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    reviewer_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    reviewer_score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    review_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    final_score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    grade = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.id);
                    table.ForeignKey(
                        name: "FK_assessments_assessment_periods_period_id",
                        column: x => x.period_id,
                        principalSchema: "governance",
                        principalTable: "assessment_periods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consultation_experts",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    consultation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    invited_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consultation_experts", x => x.id);
                    table.ForeignKey(
                        name: "FK_consultation_experts_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalSchema: "governance",
                        principalTable: "consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_consultation_experts_experts_expert_id",
                        column: x => x.expert_id,
                        principalSchema: "governance",
                        principalTable: "experts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expert_conflicts",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert_id = table.Column<Guid>(type: "uuid", nullable: false),
                    party = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expert_conflicts", x => x.id);
                    table.ForeignKey(
                        name: "FK_expert_conflicts_experts_expert_id",
                        column: x => x.expert_id,
                        principalSchema: "governance",
                        principalTable: "experts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_sessions",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_sessions", x => x.id);
                    table.ForeignKey(
                        name: "FK_training_sessions_training_programmes_programme_id",
                        column: x => x.programme_id,
                        principalSchema: "governance",
                        principalTable: "training_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_scores",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    self = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    review = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_scores", x => x.id);
                    table.ForeignKey(
                        name: "FK_assessment_scores_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalSchema: "governance",
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_assessment_scores_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalSchema: "governance",
                        principalTable: "indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_attendance",
                schema: "governance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_attendance", x => x.id);
                    table.ForeignKey(
                        name: "FK_training_attendance_training_sessions_session_id",
                        column: x => x.session_id,
                        principalSchema: "governance",
                        principalTable: "training_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_periods_year_quarter",
                schema: "governance",
                table: "assessment_periods",
                columns: new[] { "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_scores_assessment_id_indicator_id",
                schema: "governance",
                table: "assessment_scores",
                columns: new[] { "assessment_id", "indicator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_scores_indicator_id",
                schema: "governance",
                table: "assessment_scores",
                column: "indicator_id");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_period_id_user_name",
                schema: "governance",
                table: "assessments",
                columns: new[] { "period_id", "user_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consultation_experts_consultation_id_expert_id",
                schema: "governance",
                table: "consultation_experts",
                columns: new[] { "consultation_id", "expert_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consultation_experts_expert_id",
                schema: "governance",
                table: "consultation_experts",
                column: "expert_id");

            migrationBuilder.CreateIndex(
                name: "IX_consultations_number",
                schema: "governance",
                table: "consultations",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_expert_conflicts_expert_id",
                schema: "governance",
                table: "expert_conflicts",
                column: "expert_id");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_name",
                schema: "governance",
                table: "indicators",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policy_documents_number",
                schema: "governance",
                table: "policy_documents",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_policy_documents_supersedes_id",
                schema: "governance",
                table: "policy_documents",
                column: "supersedes_id");

            migrationBuilder.CreateIndex(
                name: "IX_proposals_division_code_status",
                schema: "governance",
                table: "proposals",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_proposals_kind_number",
                schema: "governance",
                table: "proposals",
                columns: new[] { "kind", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_attendance_session_id_user_name",
                schema: "governance",
                table: "training_attendance",
                columns: new[] { "session_id", "user_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_sessions_held_on",
                schema: "governance",
                table: "training_sessions",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "IX_training_sessions_programme_id",
                schema: "governance",
                table: "training_sessions",
                column: "programme_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_scores",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "consultation_experts",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "expert_conflicts",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "policy_documents",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "proposals",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "training_attendance",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "assessments",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "indicators",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "consultations",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "experts",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "training_sessions",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "assessment_periods",
                schema: "governance");

            migrationBuilder.DropTable(
                name: "training_programmes",
                schema: "governance");
        }
    }
}
