using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AllJapanTokyo.Infrastructure.Migrations.PostgreSql
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
                    InitiativeCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    SplitByFormat = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    InitiativeCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PrefectureCode = table.Column<string>(type: "character(2)", maxLength: 2, nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActivityStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ActivityReasonJa = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReturnCommentJa = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LastSavedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LastSavedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LockExceptionUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LockExceptionBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    InitiativeCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    PrefectureCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FormatPart = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OldValue = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NewValue = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
