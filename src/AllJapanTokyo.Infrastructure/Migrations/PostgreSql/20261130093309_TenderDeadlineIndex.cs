using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllJapanTokyo.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TenderDeadlineIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tenders_TenderEndUtc_Status",
                table: "Tenders",
                columns: new[] { "TenderEndUtc", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tenders_TenderEndUtc_Status",
                table: "Tenders");
        }
    }
}
