using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivilAffairs.Registry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MaritalStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "marital_status_code",
                table: "registry_persons",
                type: "TEXT",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "marital_status_since",
                table: "registry_persons",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "marital_status_code",
                table: "registry_persons");

            migrationBuilder.DropColumn(
                name: "marital_status_since",
                table: "registry_persons");
        }
    }
}
