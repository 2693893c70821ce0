using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RescueDna : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rescue_dna_match_evidence");

            migrationBuilder.DropTable(
                name: "rescue_dna_profiles");
        }
    }
}
