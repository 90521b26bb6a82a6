using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllJapanTokyo.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FormIndicators",
                columns: table => new
                {
                    InitiativeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    SplitByFormat = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormIndicators", x => new { x.InitiativeCode, x.IndicatorCode });
                    table.ForeignKey(
                        name: "FK_FormIndicators_IndicatorDefinitions_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "IndicatorDefinitions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FormIndicators_Initiatives_InitiativeCode",
                        column: x => x.InitiativeCode,
                        principalTable: "Initiatives",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiativeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActivityStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ActivityReasonJa = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReturnCommentJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LastSavedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastSavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockExceptionUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LockExceptionBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_Initiatives_InitiativeCode",
                        column: x => x.InitiativeCode,
                        principalTable: "Initiatives",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportingAuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiativeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FormatPart = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingAuditEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportingAuditEntries_ReportSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "ReportSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FormIndicators_IndicatorCode",
                table: "FormIndicators",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_ReportingAuditEntries_SubmissionId_IndicatorCode",
                table: "ReportingAuditEntries",
                columns: new[] { "SubmissionId", "IndicatorCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_FiscalYear_InitiativeCode_PrefectureCode",
                table: "ReportSubmissions",
                columns: new[] { "FiscalYear", "InitiativeCode", "PrefectureCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_InitiativeCode",
                table: "ReportSubmissions",
                column: "InitiativeCode");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_PrefectureCode_FiscalYear",
                table: "ReportSubmissions",
                columns: new[] { "PrefectureCode", "FiscalYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FormIndicators");

            migrationBuilder.DropTable(
                name: "ReportingAuditEntries");

            migrationBuilder.DropTable(
                name: "ReportSubmissions");
        }
    }
}
