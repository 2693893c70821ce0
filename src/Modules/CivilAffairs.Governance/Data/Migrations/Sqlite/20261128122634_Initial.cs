using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Governance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "governance_assessment_periods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    quarter = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    finalized_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    finalized_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    rules_used = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessment_periods", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "governance_consultations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    parties = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    conclusion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    concluded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    rule_used = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_consultations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "governance_experts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    fields = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_experts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "governance_indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    weight = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    scoring_rule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_indicators", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "governance_number_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "governance_policy_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    issuing_body = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    signed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    published_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    repealed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    repeal_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    supersedes_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    full_text = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    demo_number = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_policy_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "governance_proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    session = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    proposers = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    key = table.Column<bool>(type: "INTEGER", nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    lead_unit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    co_units = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    assigned_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    assigned_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    due_basis = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    reply_text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    replied_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    replied_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    satisfaction = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "governance_training_programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    organizer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_training_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "governance_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    self_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    self_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    reviewer_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    reviewer_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    review_note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    final_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    grade = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessments", x => x.id);
                    table.ForeignKey(
                        name: "FK_governance_assessments_governance_assessment_periods_period_id",
                        column: x => x.period_id,
                        principalTable: "governance_assessment_periods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_consultation_experts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    consultation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    expert_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    opinion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    invited_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_consultation_experts", x => x.id);
                    table.ForeignKey(
                        name: "FK_governance_consultation_experts_governance_consultations_consultation_id",
                        column: x => x.consultation_id,
                        principalTable: "governance_consultations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_governance_consultation_experts_governance_experts_expert_id",
                        column: x => x.expert_id,
                        principalTable: "governance_experts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_expert_conflicts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    expert_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    party = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_expert_conflicts", x => x.id);
                    table.ForeignKey(
                        name: "FK_governance_expert_conflicts_governance_experts_expert_id",
                        column: x => x.expert_id,
                        principalTable: "governance_experts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_training_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_training_sessions", x => x.id);
                    table.ForeignKey(
                        name: "FK_governance_training_sessions_governance_training_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "governance_training_programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_assessment_scores",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assessment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    indicator_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    self = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    review = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_assessment_scores", x => x.id);
                    table.ForeignKey(
                        name: "FK_governance_assessment_scores_governance_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "governance_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_governance_assessment_scores_governance_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "governance_indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "governance_training_attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    hours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_governance_training_attendance", x => x.id);
                    table.ForeignKey(
                        name: "FK_governance_training_attendance_governance_training_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "governance_training_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_governance_assessment_periods_year_quarter",
                table: "governance_assessment_periods",
                columns: new[] { "year", "quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_assessment_scores_assessment_id_indicator_id",
                table: "governance_assessment_scores",
                columns: new[] { "assessment_id", "indicator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_assessment_scores_indicator_id",
                table: "governance_assessment_scores",
                column: "indicator_id");

            migrationBuilder.CreateIndex(
                name: "IX_governance_assessments_period_id_user_name",
                table: "governance_assessments",
                columns: new[] { "period_id", "user_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_consultation_experts_consultation_id_expert_id",
                table: "governance_consultation_experts",
                columns: new[] { "consultation_id", "expert_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_consultation_experts_expert_id",
                table: "governance_consultation_experts",
                column: "expert_id");

            migrationBuilder.CreateIndex(
                name: "IX_governance_consultations_number",
                table: "governance_consultations",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_expert_conflicts_expert_id",
                table: "governance_expert_conflicts",
                column: "expert_id");

            migrationBuilder.CreateIndex(
                name: "IX_governance_indicators_name",
                table: "governance_indicators",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_policy_documents_number",
                table: "governance_policy_documents",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_policy_documents_supersedes_id",
                table: "governance_policy_documents",
                column: "supersedes_id");

            migrationBuilder.CreateIndex(
                name: "IX_governance_proposals_division_code_status",
                table: "governance_proposals",
                columns: new[] { "division_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_governance_proposals_kind_number",
                table: "governance_proposals",
                columns: new[] { "kind", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_training_attendance_session_id_user_name",
                table: "governance_training_attendance",
                columns: new[] { "session_id", "user_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_governance_training_sessions_held_on",
                table: "governance_training_sessions",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "IX_governance_training_sessions_programme_id",
                table: "governance_training_sessions",
                column: "programme_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "governance_assessment_scores");

            migrationBuilder.DropTable(
                name: "governance_consultation_experts");

            migrationBuilder.DropTable(
                name: "governance_expert_conflicts");

            migrationBuilder.DropTable(
                name: "governance_number_counters");

            migrationBuilder.DropTable(
                name: "governance_policy_documents");

            migrationBuilder.DropTable(
                name: "governance_proposals");

            migrationBuilder.DropTable(
                name: "governance_training_attendance");

            migrationBuilder.DropTable(
                name: "governance_assessments");

            migrationBuilder.DropTable(
                name: "governance_indicators");

            migrationBuilder.DropTable(
                name: "governance_consultations");

            migrationBuilder.DropTable(
                name: "governance_experts");

            migrationBuilder.DropTable(
                name: "governance_training_sessions");

            migrationBuilder.DropTable(
                name: "governance_assessment_periods");

            migrationBuilder.DropTable(
                name: "governance_training_programmes");
        }
    }
}
