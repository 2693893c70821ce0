using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Boundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "boundary_activities",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    scope_codes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundary_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "boundary_disputes",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    line_id = table.Column<Guid>(type: "uuid", nullable: true),
                    area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    parties = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    agreement_reached = table.Column<bool>(type: "boolean", nullable: false),
                    agreement_summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    scope_codes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundary_disputes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "boundary_inspections",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    partner_government = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    participants = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    scope_codes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundary_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "boundary_lines",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    side_a_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    side_a_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    side_b_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    side_b_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    level = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    length_km = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    agreement_doc = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    agreement_date = table.Column<DateOnly>(type: "date", nullable: true),
                    along_codes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    scope_codes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundary_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "boundary_marker_damages",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    marker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    marker_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    found_on = table.Column<DateOnly>(type: "date", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    responsible_party = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    repair_cost = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    proposed_fine = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    fine_cap = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    fine_cap_basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    scope_codes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundary_marker_damages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "division_evaluations",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    change_summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    change_date = table.Column<DateOnly>(type: "date", nullable: false),
                    scope_codes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    evaluator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    conclusion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_division_evaluations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "division_proposals",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    proposer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    scope_codes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    approval_authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    approval_doc_no = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    approval_date = table.Column<DateOnly>(type: "date", nullable: true),
                    implemented_on = table.Column<DateOnly>(type: "date", nullable: true),
                    applied_change_ids = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    terminated_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_division_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "registry",
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
                name: "boundary_dispute_mediations",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dispute_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    mediator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    participants = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundary_dispute_mediations", x => x.id);
                    table.ForeignKey(
                        name: "FK_boundary_dispute_mediations_boundary_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalSchema: "registry",
                        principalTable: "boundary_disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "boundary_inspection_findings",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    marker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    marker_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    found_status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundary_inspection_findings", x => x.id);
                    table.ForeignKey(
                        name: "FK_boundary_inspection_findings_boundary_inspections_inspectio~",
                        column: x => x.inspection_id,
                        principalSchema: "registry",
                        principalTable: "boundary_inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "boundary_marker_repairs",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    marker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    marker_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    action = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    cost = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundary_marker_repairs", x => x.id);
                    table.ForeignKey(
                        name: "FK_boundary_marker_repairs_boundary_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalSchema: "registry",
                        principalTable: "boundary_inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "boundary_markers",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    line_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    type = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    latitude = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    longitude = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: false),
                    installed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    last_inspected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    scope_codes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boundary_markers", x => x.id);
                    table.ForeignKey(
                        name: "FK_boundary_markers_boundary_lines_line_id",
                        column: x => x.line_id,
                        principalSchema: "registry",
                        principalTable: "boundary_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "division_evaluation_indicators",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    evaluation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    before = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    after = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    seq = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_division_evaluation_indicators", x => x.id);
                    table.ForeignKey(
                        name: "FK_division_evaluation_indicators_division_evaluations_evaluat~",
                        column: x => x.evaluation_id,
                        principalSchema: "registry",
                        principalTable: "division_evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "division_proposal_divisions",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    new_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    new_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    new_parent_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    seq = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_division_proposal_divisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_division_proposal_divisions_division_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalSchema: "registry",
                        principalTable: "division_proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "division_proposal_risks",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    level = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    mitigation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_division_proposal_risks", x => x.id);
                    table.ForeignKey(
                        name: "FK_division_proposal_risks_division_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalSchema: "registry",
                        principalTable: "division_proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "division_proposal_stages",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_division_proposal_stages", x => x.id);
                    table.ForeignKey(
                        name: "FK_division_proposal_stages_division_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalSchema: "registry",
                        principalTable: "division_proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_boundary_activities_line_id",
                schema: "registry",
                table: "boundary_activities",
                column: "line_id");

            migrationBuilder.CreateIndex(
                name: "IX_boundary_dispute_mediations_dispute_id",
                schema: "registry",
                table: "boundary_dispute_mediations",
                column: "dispute_id");

            migrationBuilder.CreateIndex(
                name: "IX_boundary_disputes_number",
                schema: "registry",
                table: "boundary_disputes",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_boundary_inspection_findings_inspection_id",
                schema: "registry",
                table: "boundary_inspection_findings",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "IX_boundary_inspections_line_id_round",
                schema: "registry",
                table: "boundary_inspections",
                columns: new[] { "line_id", "round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_boundary_marker_damages_line_id",
                schema: "registry",
                table: "boundary_marker_damages",
                column: "line_id");

            migrationBuilder.CreateIndex(
                name: "IX_boundary_marker_repairs_inspection_id",
                schema: "registry",
                table: "boundary_marker_repairs",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "IX_boundary_markers_line_id_number",
                schema: "registry",
                table: "boundary_markers",
                columns: new[] { "line_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_division_evaluation_indicators_evaluation_id",
                schema: "registry",
                table: "division_evaluation_indicators",
                column: "evaluation_id");

            migrationBuilder.CreateIndex(
                name: "IX_division_proposal_divisions_proposal_id",
                schema: "registry",
                table: "division_proposal_divisions",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "IX_division_proposal_risks_proposal_id",
                schema: "registry",
                table: "division_proposal_risks",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "IX_division_proposal_stages_proposal_id",
                schema: "registry",
                table: "division_proposal_stages",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "IX_division_proposals_number",
                schema: "registry",
                table: "division_proposals",
                column: "number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "boundary_activities",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "boundary_dispute_mediations",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "boundary_inspection_findings",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "boundary_marker_damages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "boundary_marker_repairs",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "boundary_markers",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "division_evaluation_indicators",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "division_proposal_divisions",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "division_proposal_risks",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "division_proposal_stages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "boundary_disputes",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "boundary_inspections",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "boundary_lines",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "division_evaluations",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "division_proposals",
                schema: "registry");
        }
    }
}
