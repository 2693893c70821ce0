using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Rescue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RescueDna : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dna_match_evidence",
                schema: "rescue");

            migrationBuilder.DropTable(
                name: "dna_profiles",
                schema: "rescue");
        }
    }
}
