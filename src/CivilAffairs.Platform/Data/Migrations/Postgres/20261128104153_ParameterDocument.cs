using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ParameterDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "document_number",
                schema: "platform",
                table: "parameters",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_parameters_document_number",
                schema: "platform",
                table: "parameters",
                column: "document_number");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_parameters_document_number",
                schema: "platform",
                table: "parameters");

            migrationBuilder.DropColumn(
                name: "document_number",
                schema: "platform",
                table: "parameters");
        }
    }
}
