using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllJapanTokyo.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedDataStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublishedDataStamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedDataStamps", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "PublishedDataStamps",
                columns: new[] { "Id", "ChangedAtUtc", "Version" },
                values: new object[] { 1, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), 1L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedDataStamps");
        }
    }
}
