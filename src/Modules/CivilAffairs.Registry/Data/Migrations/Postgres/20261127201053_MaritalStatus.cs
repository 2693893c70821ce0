using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MaritalStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "marital_status_code",
                schema: "registry",
                table: "persons",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "marital_status_since",
                schema: "registry",
                table: "persons",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "marital_status_code",
                schema: "registry",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "marital_status_since",
                schema: "registry",
                table: "persons");
        }
    }
}
