using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllJapanTokyo.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Coordinators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoordinatorRegions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CoordinatorUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinatorRegions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoordinatorRegionPrefecture",
                columns: table => new
                {
                    CoordinatorRegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinatorRegionPrefecture", x => new { x.CoordinatorRegionId, x.PrefectureCode });
                    table.ForeignKey(
                        name: "FK_CoordinatorRegionPrefecture_CoordinatorRegions_CoordinatorRegionId",
                        column: x => x.CoordinatorRegionId,
                        principalTable: "CoordinatorRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CoordinatorRegionPrefecture_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TenderRecommendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    CoordinatorRegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    JsicMajorGroup = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecommendedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderRecommendations_CoordinatorRegions_CoordinatorRegionId",
                        column: x => x.CoordinatorRegionId,
                        principalTable: "CoordinatorRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TenderRecommendations_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TenderRecommendations_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoordinatorRegionPrefecture_PrefectureCode",
                table: "CoordinatorRegionPrefecture",
                column: "PrefectureCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoordinatorRegions_Code",
                table: "CoordinatorRegions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoordinatorRegions_CoordinatorUserName",
                table: "CoordinatorRegions",
                column: "CoordinatorUserName");

            migrationBuilder.CreateIndex(
                name: "IX_TenderRecommendations_CoordinatorRegionId",
                table: "TenderRecommendations",
                column: "CoordinatorRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderRecommendations_JsicMajorGroup_CoordinatorRegionId",
                table: "TenderRecommendations",
                columns: new[] { "JsicMajorGroup", "CoordinatorRegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_TenderRecommendations_PrefectureCode",
                table: "TenderRecommendations",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_TenderRecommendations_TenderId_CoordinatorRegionId_JsicMajorGroup_PrefectureCode",
                table: "TenderRecommendations",
                columns: new[] { "TenderId", "CoordinatorRegionId", "JsicMajorGroup", "PrefectureCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoordinatorRegionPrefecture");

            migrationBuilder.DropTable(
                name: "TenderRecommendations");

            migrationBuilder.DropTable(
                name: "CoordinatorRegions");
        }
    }
}
