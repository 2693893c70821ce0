using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Boundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_boundary_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    scope_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_boundary_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_boundary_disputes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    line_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    parties = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    agreement_reached = table.Column<bool>(type: "INTEGER", nullable: false),
                    agreement_summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    scope_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_boundary_disputes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_boundary_inspections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    round = table.Column<int>(type: "INTEGER", nullable: false),
                    partner_government = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    participants = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    scope_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_boundary_inspections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_boundary_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    side_a_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    side_a_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    side_b_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    side_b_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    length_km = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    agreement_doc = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    agreement_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    along_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    scope_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_boundary_lines", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_boundary_marker_damages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    marker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    marker_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    found_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    responsible_party = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    repair_cost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    proposed_fine = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    fine_cap = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    fine_cap_basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    scope_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_boundary_marker_damages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_division_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    change_summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    change_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    scope_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    evaluator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    conclusion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    proposal_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_division_evaluations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_division_proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    proposer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    scope_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    approval_authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    approval_doc_no = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    approval_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    implemented_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    applied_change_ids = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    terminated_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_division_proposals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_number_counters",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    last = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_number_counters", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "registry_boundary_dispute_mediations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    dispute_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    mediator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    participants = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_boundary_dispute_mediations", x => x.id);
                    table.ForeignKey(
                        name: "FK_registry_boundary_dispute_mediations_registry_boundary_disputes_dispute_id",
                        column: x => x.dispute_id,
                        principalTable: "registry_boundary_disputes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_boundary_inspection_findings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inspection_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    marker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    marker_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    found_status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_boundary_inspection_findings", x => x.id);
                    table.ForeignKey(
                        name: "FK_registry_boundary_inspection_findings_registry_boundary_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "registry_boundary_inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_boundary_marker_repairs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inspection_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    marker_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    marker_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    cost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    done_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_boundary_marker_repairs", x => x.id);
                    table.ForeignKey(
                        name: "FK_registry_boundary_marker_repairs_registry_boundary_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "registry_boundary_inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_boundary_markers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    line_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    installed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    last_inspected_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    scope_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_boundary_markers", x => x.id);
                    table.ForeignKey(
                        name: "FK_registry_boundary_markers_registry_boundary_lines_line_id",
                        column: x => x.line_id,
                        principalTable: "registry_boundary_lines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_division_evaluation_indicators",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    evaluation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    before = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    after = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    seq = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_division_evaluation_indicators", x => x.id);
                    table.ForeignKey(
                        name: "FK_registry_division_evaluation_indicators_registry_division_evaluations_evaluation_id",
                        column: x => x.evaluation_id,
                        principalTable: "registry_division_evaluations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_division_proposal_divisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    proposal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    new_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    new_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    new_parent_code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    seq = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_division_proposal_divisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_registry_division_proposal_divisions_registry_division_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "registry_division_proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_division_proposal_risks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    proposal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    mitigation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    seq = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_division_proposal_risks", x => x.id);
                    table.ForeignKey(
                        name: "FK_registry_division_proposal_risks_registry_division_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "registry_division_proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_division_proposal_stages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    proposal_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_division_proposal_stages", x => x.id);
                    table.ForeignKey(
                        name: "FK_registry_division_proposal_stages_registry_division_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "registry_division_proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_boundary_activities_line_id",
                table: "registry_boundary_activities",
                column: "line_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_boundary_dispute_mediations_dispute_id",
                table: "registry_boundary_dispute_mediations",
                column: "dispute_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_boundary_disputes_number",
                table: "registry_boundary_disputes",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_boundary_inspection_findings_inspection_id",
                table: "registry_boundary_inspection_findings",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_boundary_inspections_line_id_round",
                table: "registry_boundary_inspections",
                columns: new[] { "line_id", "round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_boundary_marker_damages_line_id",
                table: "registry_boundary_marker_damages",
                column: "line_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_boundary_marker_repairs_inspection_id",
                table: "registry_boundary_marker_repairs",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_boundary_markers_line_id_number",
                table: "registry_boundary_markers",
                columns: new[] { "line_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_division_evaluation_indicators_evaluation_id",
                table: "registry_division_evaluation_indicators",
                column: "evaluation_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_division_proposal_divisions_proposal_id",
                table: "registry_division_proposal_divisions",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_division_proposal_risks_proposal_id",
                table: "registry_division_proposal_risks",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_division_proposal_stages_proposal_id",
                table: "registry_division_proposal_stages",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "IX_registry_division_proposals_number",
                table: "registry_division_proposals",
                column: "number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_boundary_activities");

            migrationBuilder.DropTable(
                name: "registry_boundary_dispute_mediations");

            migrationBuilder.DropTable(
                name: "registry_boundary_inspection_findings");

            migrationBuilder.DropTable(
                name: "registry_boundary_marker_damages");

            migrationBuilder.DropTable(
                name: "registry_boundary_marker_repairs");

            migrationBuilder.DropTable(
                name: "registry_boundary_markers");

            migrationBuilder.DropTable(
                name: "registry_division_evaluation_indicators");

            migrationBuilder.DropTable(
                name: "registry_division_proposal_divisions");

            migrationBuilder.DropTable(
                name: "registry_division_proposal_risks");

            migrationBuilder.DropTable(
                name: "registry_division_proposal_stages");

            migrationBuilder.DropTable(
                name: "registry_number_counters");

            migrationBuilder.DropTable(
                name: "registry_boundary_disputes");

            migrationBuilder.DropTable(
                name: "registry_boundary_inspections");

            migrationBuilder.DropTable(
                name: "registry_boundary_lines");

            migrationBuilder.DropTable(
                name: "registry_division_evaluations");

            migrationBuilder.DropTable(
                name: "registry_division_proposals");
        }
    }
}
