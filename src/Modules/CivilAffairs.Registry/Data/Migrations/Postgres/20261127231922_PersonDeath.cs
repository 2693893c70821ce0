using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Registry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PersonDeath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "death_source",
                schema: "registry",
                table: "persons",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "died_on",
                schema: "registry",
                table: "persons",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "death_source",
                schema: "registry",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "died_on",
                schema: "registry",
                table: "persons");
        }
    }
}
