using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AllJapanTokyo.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Chapters",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Chapters", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Funds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OperatorSelected = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Established = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    InvestorsJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FlowsJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Funds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorDefinitions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LabelJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitJa = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnitEn = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorDefinitions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Prefectures",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NameKana = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegionJa = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RegionEn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TileRow = table.Column<int>(type: "INTEGER", nullable: false),
                    TileColumn = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Prefectures", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "StampRallies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    End = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ParticipatingShops = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StampRallies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TouristInfoCenters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TouristInfoCenters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Initiatives",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ChapterNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProgrammeJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SinceFiscalYear = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Initiatives_Chapters_ChapterNumber",
                        column: x => x.ChapterNumber,
                        principalTable: "Chapters",
                        principalColumn: "Number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CraftCollaborations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TokyoCraftJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PartnerCraftJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PartnerPrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ProgrammeJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftCollaborations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CraftCollaborations_Prefectures_PartnerPrefectureCode",
                        column: x => x.PartnerPrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CorporateNumber = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 13, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameKana = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    JsicMajorGroup = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    SmeIndustryGroup = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CapitalYen = table.Column<long>(type: "INTEGER", nullable: false),
                    Employees = table.Column<int>(type: "INTEGER", nullable: false),
                    Capabilities = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PrText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ScreeningStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScreeningNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enterprises_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundInvestments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FundId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyNameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundInvestments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundInvestments_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FundInvestments_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organizations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsBuyer = table.Column<bool>(type: "INTEGER", nullable: false),
                    UsesEBidding = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organizations_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Start = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    End = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    VenueJa = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    HostPrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CancelReasonJa = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Exhibitors = table.Column<int>(type: "INTEGER", nullable: true),
                    BusinessMeetings = table.Column<int>(type: "INTEGER", nullable: true),
                    ParticipatingPrefectures = table.Column<int>(type: "INTEGER", nullable: true),
                    Visitors = table.Column<int>(type: "INTEGER", nullable: true),
                    PartnersJa = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Initiatives_InitiativeCode",
                        column: x => x.InitiativeCode,
                        principalTable: "Initiatives",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Events_Prefectures_HostPrefectureCode",
                        column: x => x.HostPrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActivityStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_IndicatorDefinitions_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "IndicatorDefinitions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Initiatives_InitiativeCode",
                        column: x => x.InitiativeCode,
                        principalTable: "Initiatives",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TourismPartnerships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PartnerJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SinceFiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    UntilFiscalYear = table.Column<int>(type: "INTEGER", nullable: true),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TourismPartnerships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TourismPartnerships_Initiatives_InitiativeCode",
                        column: x => x.InitiativeCode,
                        principalTable: "Initiatives",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TouristRoutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    RegionJa = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SummaryJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TouristRoutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TouristRoutes_Initiatives_InitiativeCode",
                        column: x => x.InitiativeCode,
                        principalTable: "Initiatives",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tenders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BuyerOrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EnquiryEndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenderStartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TenderEndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BudgetYen = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveryPrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Nationwide = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContactJa = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tenders_Organizations_BuyerOrganizationId",
                        column: x => x.BuyerOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Tenders_Prefectures_DeliveryPrefectureCode",
                        column: x => x.DeliveryPrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Participations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Participations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Participations_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Participations_Initiatives_InitiativeCode",
                        column: x => x.InitiativeCode,
                        principalTable: "Initiatives",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Participations_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Participations_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValuePrefecture",
                columns: table => new
                {
                    IndicatorValueId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValuePrefecture", x => new { x.IndicatorValueId, x.PrefectureCode });
                    table.ForeignKey(
                        name: "FK_IndicatorValuePrefecture_IndicatorValues_IndicatorValueId",
                        column: x => x.IndicatorValueId,
                        principalTable: "IndicatorValues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicatorValuePrefecture_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TourismPartnershipPrefecture",
                columns: table => new
                {
                    TourismPartnershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TourismPartnershipPrefecture", x => new { x.TourismPartnershipId, x.PrefectureCode });
                    table.ForeignKey(
                        name: "FK_TourismPartnershipPrefecture_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TourismPartnershipPrefecture_TourismPartnerships_TourismPartnershipId",
                        column: x => x.TourismPartnershipId,
                        principalTable: "TourismPartnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TouristRouteDay",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TouristRouteId = table.Column<int>(type: "INTEGER", nullable: false),
                    DayNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TouristRouteDay", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TouristRouteDay_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TouristRouteDay_TouristRoutes_TouristRouteId",
                        column: x => x.TouristRouteId,
                        principalTable: "TouristRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TouristRouteSpot",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TouristRouteId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TouristRouteSpot", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TouristRouteSpot_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TouristRouteSpot_TouristRoutes_TouristRouteId",
                        column: x => x.TouristRouteId,
                        principalTable: "TouristRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TouristRouteStop",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TouristRouteDayId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TouristRouteStop", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TouristRouteStop_TouristRouteDay_TouristRouteDayId",
                        column: x => x.TouristRouteDayId,
                        principalTable: "TouristRouteDay",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_EnterpriseId",
                table: "AspNetUsers",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganizationId",
                table: "AspNetUsers",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PrefectureCode",
                table: "AspNetUsers",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CraftCollaborations_PartnerPrefectureCode",
                table: "CraftCollaborations",
                column: "PartnerPrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_CorporateNumber",
                table: "Enterprises",
                column: "CorporateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_PrefectureCode_ScreeningStatus",
                table: "Enterprises",
                columns: new[] { "PrefectureCode", "ScreeningStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_HostPrefectureCode",
                table: "Events",
                column: "HostPrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_Events_InitiativeCode_FiscalYear",
                table: "Events",
                columns: new[] { "InitiativeCode", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_FundInvestments_FundId",
                table: "FundInvestments",
                column: "FundId");

            migrationBuilder.CreateIndex(
                name: "IX_FundInvestments_PrefectureCode",
                table: "FundInvestments",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValuePrefecture_PrefectureCode",
                table: "IndicatorValuePrefecture",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_FiscalYear_InitiativeCode_IndicatorCode_PrefectureCode",
                table: "IndicatorValues",
                columns: new[] { "FiscalYear", "InitiativeCode", "IndicatorCode", "PrefectureCode" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_IndicatorCode",
                table: "IndicatorValues",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_InitiativeCode",
                table: "IndicatorValues",
                column: "InitiativeCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_PrefectureCode",
                table: "IndicatorValues",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_ChapterNumber_Number",
                table: "Initiatives",
                columns: new[] { "ChapterNumber", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_NameJa",
                table: "Organizations",
                column: "NameJa");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_PrefectureCode",
                table: "Organizations",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_EnterpriseId",
                table: "Participations",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_EventId",
                table: "Participations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_FiscalYear_InitiativeCode_PrefectureCode",
                table: "Participations",
                columns: new[] { "FiscalYear", "InitiativeCode", "PrefectureCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Participations_InitiativeCode",
                table: "Participations",
                column: "InitiativeCode");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_OrganizationId",
                table: "Participations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_PrefectureCode_FiscalYear",
                table: "Participations",
                columns: new[] { "PrefectureCode", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Prefectures_TileRow_TileColumn",
                table: "Prefectures",
                columns: new[] { "TileRow", "TileColumn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StampRallies_FiscalYear",
                table: "StampRallies",
                column: "FiscalYear");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_BuyerOrganizationId",
                table: "Tenders",
                column: "BuyerOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_DeliveryPrefectureCode_Category",
                table: "Tenders",
                columns: new[] { "DeliveryPrefectureCode", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_Reference",
                table: "Tenders",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_Status_TenderEndUtc",
                table: "Tenders",
                columns: new[] { "Status", "TenderEndUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TourismPartnershipPrefecture_PrefectureCode",
                table: "TourismPartnershipPrefecture",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_TourismPartnerships_InitiativeCode",
                table: "TourismPartnerships",
                column: "InitiativeCode");

            migrationBuilder.CreateIndex(
                name: "IX_TouristRouteDay_PrefectureCode",
                table: "TouristRouteDay",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_TouristRouteDay_TouristRouteId_DayNumber",
                table: "TouristRouteDay",
                columns: new[] { "TouristRouteId", "DayNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TouristRoutes_InitiativeCode",
                table: "TouristRoutes",
                column: "InitiativeCode");

            migrationBuilder.CreateIndex(
                name: "IX_TouristRouteSpot_PrefectureCode",
                table: "TouristRouteSpot",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_TouristRouteSpot_TouristRouteId",
                table: "TouristRouteSpot",
                column: "TouristRouteId");

            migrationBuilder.CreateIndex(
                name: "IX_TouristRouteStop_TouristRouteDayId",
                table: "TouristRouteStop",
                column: "TouristRouteDayId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "CraftCollaborations");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "FundInvestments");

            migrationBuilder.DropTable(
                name: "IndicatorValuePrefecture");

            migrationBuilder.DropTable(
                name: "Participations");

            migrationBuilder.DropTable(
                name: "StampRallies");

            migrationBuilder.DropTable(
                name: "Tenders");

            migrationBuilder.DropTable(
                name: "TourismPartnershipPrefecture");

            migrationBuilder.DropTable(
                name: "TouristInfoCenters");

            migrationBuilder.DropTable(
                name: "TouristRouteSpot");

            migrationBuilder.DropTable(
                name: "TouristRouteStop");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Funds");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "TourismPartnerships");

            migrationBuilder.DropTable(
                name: "TouristRouteDay");

            migrationBuilder.DropTable(
                name: "Enterprises");

            migrationBuilder.DropTable(
                name: "Organizations");

            migrationBuilder.DropTable(
                name: "IndicatorDefinitions");

            migrationBuilder.DropTable(
                name: "TouristRoutes");

            migrationBuilder.DropTable(
                name: "Prefectures");

            migrationBuilder.DropTable(
                name: "Initiatives");

            migrationBuilder.DropTable(
                name: "Chapters");
        }
    }
}
