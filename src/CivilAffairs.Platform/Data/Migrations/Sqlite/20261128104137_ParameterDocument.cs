using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ParameterDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "document_number",
                table: "platform_parameters",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_parameters_document_number",
                table: "platform_parameters",
                column: "document_number");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_parameters_document_number",
                table: "platform_parameters");

            migrationBuilder.DropColumn(
                name: "document_number",
                table: "platform_parameters");
        }
    }
}
