using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

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
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleKo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TitleZhHans = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Chapters", x => x.Number);
                });

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
                name: "Designers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TokyoMunicipalityJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SpecialtiesJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProfileJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WebsiteUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Designers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Funds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OperatorNameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OperatorSelected = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Established = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    TermEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InvestorsJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FlowsJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    BooksVersion = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LabelJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LabelKo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LabelZhHans = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UnitEn = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UnitJa = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UnitKo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    UnitZhHans = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorDefinitions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    To = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Prefectures",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 2, nullable: false),
                    NameKana = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TileRow = table.Column<int>(type: "INTEGER", nullable: false),
                    TileColumn = table.Column<int>(type: "INTEGER", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NameZhHans = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RegionEn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegionJa = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RegionKo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RegionZhHans = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Prefectures", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ProductionRegions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OtherPrefectureCodes = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    MaterialsJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProcessesJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MinimumLotJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LeadTimeJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SamplePolicyJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ContactJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PhotoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReportNoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductionRegions", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "RallyEditions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StampsToComplete = table.Column<int>(type: "INTEGER", nullable: false),
                    PrizeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PrizesJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RulesJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    DrawSeed = table.Column<int>(type: "INTEGER", nullable: true),
                    DrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FiguresProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RallyEditions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SecurityEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ActorEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityEvents", x => x.Id);
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
                name: "WorkerLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HolderId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerLeases", x => x.Name);
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
                    ProgrammeJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SinceFiscalYear = table.Column<int>(type: "INTEGER", nullable: true),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleKo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TitleZhHans = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                name: "DesignerImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DesignerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DesignerImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DesignerImages_Designers_DesignerId",
                        column: x => x.DesignerId,
                        principalTable: "Designers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DesignRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DesignerId = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TechniqueJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    QuantityJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TimingJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BudgetMinYen = table.Column<long>(type: "INTEGER", nullable: true),
                    BudgetMaxYen = table.Column<long>(type: "INTEGER", nullable: true),
                    PurposeJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CloseReasonJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SampleAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OrderedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DesignRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DesignRequests_Designers_DesignerId",
                        column: x => x.DesignerId,
                        principalTable: "Designers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundCapitalCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FundId = table.Column<int>(type: "INTEGER", nullable: false),
                    CalledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AmountYen = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReversesId = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundCapitalCalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundCapitalCalls_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundDistributions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FundId = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AmountYen = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReversesId = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundDistributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundDistributions_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundInvestors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FundId = table.Column<int>(type: "INTEGER", nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CommitmentYen = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundInvestors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundInvestors_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundQuarterlyReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FundId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuarterEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CommitmentsYen = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidInYen = table.Column<long>(type: "INTEGER", nullable: false),
                    UnfundedYen = table.Column<long>(type: "INTEGER", nullable: false),
                    DistributedYen = table.Column<long>(type: "INTEGER", nullable: false),
                    InvestedYen = table.Column<long>(type: "INTEGER", nullable: false),
                    ProceedsYen = table.Column<long>(type: "INTEGER", nullable: false),
                    NavYen = table.Column<long>(type: "INTEGER", nullable: false),
                    InvesteeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportEntryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerPrefectureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Dpi = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Rvpi = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Tvpi = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    NetIrr = table.Column<decimal>(type: "TEXT", precision: 28, scale: 10, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    OperatorNameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Established = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    TermEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundQuarterlyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundQuarterlyReports_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AntennaShops",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OtherPrefectureCodes = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    MunicipalityJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AddressJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NearestStationJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Opens = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Closes = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<int>(type: "INTEGER", maxLength: 32, nullable: false),
                    ClosingNoteJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HasRestaurant = table.Column<bool>(type: "INTEGER", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PhotoUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AntennaShops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AntennaShops_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
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
                name: "CraftMakers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ProfileJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftMakers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CraftMakers_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Crafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReadingJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Designation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TechniquesJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MaterialsJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Crafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Crafts_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
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
                    Certifications = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PrText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ScreeningStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScreeningNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ScreenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    TenderPrefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
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
                name: "TouristInfoCenters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AddressJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    JntoCategory = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TouristInfoCenters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TouristInfoCenters_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ComputedFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    InitiativeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IsOnlinePart = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DescriptionJa = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CommentJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReplacedValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComputedFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComputedFigures_IndicatorDefinitions_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "IndicatorDefinitions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComputedFigures_Initiatives_InitiativeCode",
                        column: x => x.InitiativeCode,
                        principalTable: "Initiatives",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComputedFigures_Prefectures_PrefectureCode",
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
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApplicationOpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApplicationClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
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
                name: "RegionIntroductions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    IntroducedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionIntroductions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegionIntroductions_DesignRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DesignRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RegionIntroductions_ProductionRegions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "ProductionRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attachment = table.Column<byte[]>(type: "BLOB", nullable: true),
                    AttachmentContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AttachmentFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestMessages_DesignRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "DesignRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RequestMessages_ProductionRegions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "ProductionRegions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundCallPart",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestorId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountYen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundCallPart", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundCallPart_FundCapitalCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "FundCapitalCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FundCallPart_FundInvestors_InvestorId",
                        column: x => x.InvestorId,
                        principalTable: "FundInvestors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundDistributionPart",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DistributionId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestorId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountYen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundDistributionPart", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundDistributionPart_FundDistributions_DistributionId",
                        column: x => x.DistributionId,
                        principalTable: "FundDistributions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FundDistributionPart_FundInvestors_InvestorId",
                        column: x => x.InvestorId,
                        principalTable: "FundInvestors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AntennaShopPhotos",
                columns: table => new
                {
                    AntennaShopId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", maxLength: 5242880, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AntennaShopPhotos", x => x.AntennaShopId);
                    table.ForeignKey(
                        name: "FK_AntennaShopPhotos_AntennaShops_AntennaShopId",
                        column: x => x.AntennaShopId,
                        principalTable: "AntennaShops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RallyShops",
                columns: table => new
                {
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ShopId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RallyShops", x => new { x.EditionId, x.ShopId });
                    table.ForeignKey(
                        name: "FK_RallyShops_AntennaShops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "AntennaShops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RallyShops_RallyEditions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "RallyEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CraftMakerImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MakerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftMakerImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CraftMakerImages_CraftMakers_MakerId",
                        column: x => x.MakerId,
                        principalTable: "CraftMakers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CraftMakerCrafts",
                columns: table => new
                {
                    MakerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CraftId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftMakerCrafts", x => new { x.MakerId, x.CraftId });
                    table.ForeignKey(
                        name: "FK_CraftMakerCrafts_CraftMakers_MakerId",
                        column: x => x.MakerId,
                        principalTable: "CraftMakers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CraftMakerCrafts_Crafts_CraftId",
                        column: x => x.CraftId,
                        principalTable: "Crafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", maxLength: 2097152, nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseImages_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundInvestments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundInvestments_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
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
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    LastSignInAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 8201, nullable: false),
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
                    OtherDeliveryPrefectureCodes = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    EligiblePrefectureCodes = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AwardedBidId = table.Column<int>(type: "INTEGER", nullable: true),
                    AwardedAmountYen = table.Column<long>(type: "INTEGER", nullable: true),
                    AwardedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnsuccessfulAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContractAmountYen = table.Column<long>(type: "INTEGER", nullable: true),
                    ContractSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialChangeAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "InfoCenterClosures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TouristInfoCenterId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpensMinute = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosesMinute = table.Column<int>(type: "INTEGER", nullable: true),
                    ReasonJa = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InfoCenterClosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InfoCenterClosures_TouristInfoCenters_TouristInfoCenterId",
                        column: x => x.TouristInfoCenterId,
                        principalTable: "TouristInfoCenters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InfoCenterHours",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TouristInfoCenterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OpensMinute = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosesMinute = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InfoCenterHours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InfoCenterHours_TouristInfoCenters_TouristInfoCenterId",
                        column: x => x.TouristInfoCenterId,
                        principalTable: "TouristInfoCenters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    IsOnlinePart = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComputedFigureId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorValues_ComputedFigures_ComputedFigureId",
                        column: x => x.ComputedFigureId,
                        principalTable: "ComputedFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "BoothCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    FeeYen = table.Column<long>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoothCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoothCategories_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CraftCallRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DescriptionJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    MatchingEventId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftCallRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CraftCallRounds_Events_MatchingEventId",
                        column: x => x.MatchingEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventInvitedPrefectures",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventInvitedPrefectures", x => new { x.EventId, x.PrefectureCode });
                    table.ForeignKey(
                        name: "FK_EventInvitedPrefectures_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventInvitedPrefectures_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingProgrammes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    AutoAccept = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxRequestsPerParticipant = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxMeetingsPerSession = table.Column<int>(type: "INTEGER", nullable: false),
                    FrozenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingProgrammes_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "MicePromotions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TourismPartnershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MicePromotions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MicePromotions_TourismPartnerships_TourismPartnershipId",
                        column: x => x.TourismPartnershipId,
                        principalTable: "TourismPartnerships",
                        principalColumn: "Id",
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
                name: "FundExits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvestmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CostYen = table.Column<long>(type: "INTEGER", nullable: false),
                    ProceedsYen = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReversesId = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundExits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundExits_FundInvestments_InvestmentId",
                        column: x => x.InvestmentId,
                        principalTable: "FundInvestments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundInvesteePartners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvestmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundInvesteePartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundInvesteePartners_FundInvestments_InvestmentId",
                        column: x => x.InvestmentId,
                        principalTable: "FundInvestments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FundInvesteePartners_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FundInvestmentRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvestmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Instrument = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AmountYen = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReversesId = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundInvestmentRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundInvestmentRounds_FundInvestments_InvestmentId",
                        column: x => x.InvestmentId,
                        principalTable: "FundInvestments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundSupportEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvestmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoteJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundSupportEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundSupportEntries_FundInvestments_InvestmentId",
                        column: x => x.InvestmentId,
                        principalTable: "FundInvestments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundValuations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvestmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValueYen = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReversesId = table.Column<int>(type: "INTEGER", nullable: true),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundValuations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundValuations_FundInvestments_InvestmentId",
                        column: x => x.InvestmentId,
                        principalTable: "FundInvestments",
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
                name: "EnterpriseInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    InvitedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseInvitations_AspNetUsers_AcceptedUserId",
                        column: x => x.AcceptedUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnterpriseInvitations_AspNetUsers_InvitedByUserId",
                        column: x => x.InvitedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnterpriseInvitations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventOrganizerAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventOrganizerAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventOrganizerAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventOrganizerAssignments_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundOperatorAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FundId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundOperatorAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundOperatorAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FundOperatorAssignments_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Arguments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LinkPath = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PrCornerBookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MunicipalityJa = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlanJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicantUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclineReasonJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrCornerBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrCornerBookings_AspNetUsers_ApplicantUserId",
                        column: x => x.ApplicantUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrCornerBookings_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SavedSearches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Keyword = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AlertedUpToUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAlertDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedSearches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavedSearches_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SavedSearches_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StampCards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WinnerRank = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StampCards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StampCards_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StampCards_RallyEditions_EditionId",
                        column: x => x.EditionId,
                        principalTable: "RallyEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bids",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountYen = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    AttachmentFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttachmentContent = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bids_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bids_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OcdsStoredReleases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ReleaseId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DateUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OcdsStoredReleases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OcdsStoredReleases_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenderAmendments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AmendedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ChangesJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderAmendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderAmendments_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenderDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderDocuments_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenderInterests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderInterests_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TenderInterests_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenderQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AskedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnswerText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderQuestions_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TenderQuestions_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "TenderSearchGrams",
                columns: table => new
                {
                    Gram = table.Column<int>(type: "INTEGER", nullable: false),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderSearchGrams", x => new { x.Gram, x.TenderId });
                    table.ForeignKey(
                        name: "FK_TenderSearchGrams_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenderWatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    WatchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderWatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderWatches_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TenderWatches_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "ExhibitorApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    BoothCategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ProductsJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PrTextJa = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BoothNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    RecommendedByPrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExhibitorApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExhibitorApplications_BoothCategories_BoothCategoryId",
                        column: x => x.BoothCategoryId,
                        principalTable: "BoothCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExhibitorApplications_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExhibitorApplications_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExhibitorApplications_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CraftRoundApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    MakerId = table.Column<int>(type: "INTEGER", nullable: true),
                    DesignerId = table.Column<int>(type: "INTEGER", nullable: true),
                    StatementJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecentProductJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecentProductImageType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RecentProductImage = table.Column<byte[]>(type: "BLOB", nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SelectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclinedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftRoundApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CraftRoundApplications_CraftCallRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CraftCallRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CraftRoundApplications_CraftMakers_MakerId",
                        column: x => x.MakerId,
                        principalTable: "CraftMakers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CraftRoundApplications_Designers_DesignerId",
                        column: x => x.DesignerId,
                        principalTable: "Designers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CraftTeams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DesignerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftTeams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CraftTeams_CraftCallRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CraftCallRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CraftTeams_Designers_DesignerId",
                        column: x => x.DesignerId,
                        principalTable: "Designers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Offers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Seeks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_MeetingProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "MeetingProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingParticipants_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Tables = table.Column<int>(type: "INTEGER", nullable: false),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingSessions_MeetingProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "MeetingProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MicePromotionPrefectures",
                columns: table => new
                {
                    MicePromotionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MicePromotionPrefectures", x => new { x.MicePromotionId, x.PrefectureCode });
                    table.ForeignKey(
                        name: "FK_MicePromotionPrefectures_MicePromotions_MicePromotionId",
                        column: x => x.MicePromotionId,
                        principalTable: "MicePromotions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MicePromotionPrefectures_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TouristRouteStops",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TouristRouteDayId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WhatToSeeJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AccessJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TimeJa = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TouristRouteStops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TouristRouteStops_TouristRouteDay_TouristRouteDayId",
                        column: x => x.TouristRouteDayId,
                        principalTable: "TouristRouteDay",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PrCornerSlotClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PrCornerBookingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Half = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrCornerSlotClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrCornerSlotClaims_PrCornerBookings_PrCornerBookingId",
                        column: x => x.PrCornerBookingId,
                        principalTable: "PrCornerBookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SavedSearchId = table.Column<int>(type: "INTEGER", nullable: false),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_SavedSearches_SavedSearchId",
                        column: x => x.SavedSearchId,
                        principalTable: "SavedSearches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AlertDeliveries_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stamps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CardId = table.Column<int>(type: "INTEGER", nullable: false),
                    ShopId = table.Column<int>(type: "INTEGER", nullable: false),
                    StampedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    JapanDay = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stamps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stamps_AntennaShops_ShopId",
                        column: x => x.ShopId,
                        principalTable: "AntennaShops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Stamps_StampCards_CardId",
                        column: x => x.CardId,
                        principalTable: "StampCards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    TokyoCraftId = table.Column<int>(type: "INTEGER", nullable: true),
                    PartnerCraftId = table.Column<int>(type: "INTEGER", nullable: true),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    WhereToBuyJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftCollaborations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CraftCollaborations_CraftTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "CraftTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CraftCollaborations_Crafts_PartnerCraftId",
                        column: x => x.PartnerCraftId,
                        principalTable: "Crafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CraftCollaborations_Crafts_TokyoCraftId",
                        column: x => x.TokyoCraftId,
                        principalTable: "Crafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CraftCollaborations_Prefectures_PartnerPrefectureCode",
                        column: x => x.PartnerPrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CraftMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProgressJa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CraftMilestones_CraftTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "CraftTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CraftTeamMakers",
                columns: table => new
                {
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    MakerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftTeamMakers", x => new { x.TeamId, x.MakerId });
                    table.ForeignKey(
                        name: "FK_CraftTeamMakers_CraftMakers_MakerId",
                        column: x => x.MakerId,
                        principalTable: "CraftMakers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CraftTeamMakers_CraftTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "CraftTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingRequests_MeetingParticipants_FromParticipantId",
                        column: x => x.FromParticipantId,
                        principalTable: "MeetingParticipants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MeetingRequests_MeetingParticipants_ToParticipantId",
                        column: x => x.ToParticipantId,
                        principalTable: "MeetingParticipants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MeetingRequests_MeetingProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "MeetingProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAbsences",
                columns: table => new
                {
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAbsences", x => new { x.ParticipantId, x.SessionId });
                    table.ForeignKey(
                        name: "FK_MeetingAbsences_MeetingParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "MeetingParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAbsences_MeetingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "MeetingSessions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "RouteStopProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TouristRouteStopId = table.Column<int>(type: "INTEGER", nullable: false),
                    PrefectureCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ProposedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WhatToSeeJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AccessJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TimeJa = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclineReasonJa = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RouteStopProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RouteStopProposals_AspNetUsers_ProposedByUserId",
                        column: x => x.ProposedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RouteStopProposals_Prefectures_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Prefectures",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RouteStopProposals_TouristRouteStops_TouristRouteStopId",
                        column: x => x.TouristRouteStopId,
                        principalTable: "TouristRouteStops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CraftCollaborationImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CollaborationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftCollaborationImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CraftCollaborationImages_CraftCollaborations_CollaborationId",
                        column: x => x.CollaborationId,
                        principalTable: "CraftCollaborations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    Table = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_MeetingProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "MeetingProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meetings_MeetingRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "MeetingRequests",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Meetings_MeetingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "MeetingSessions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MeetingSeats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OutcomeAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingSeats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingSeats_MeetingParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "MeetingParticipants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MeetingSeats_MeetingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "MeetingSessions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MeetingSeats_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "PublishedDataStamps",
                columns: new[] { "Id", "ChangedAtUtc", "Version" },
                values: new object[,]
                {
                    { 1, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), 1L },
                    { 2, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), 1L }
                });

            migrationBuilder.InsertData(
                table: "WorkerLeases",
                columns: new[] { "Name", "ExpiresAtUtc", "HolderId" },
                values: new object[] { "alerts", new DateTime(2000, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), null });

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_SavedSearchId_TenderId",
                table: "AlertDeliveries",
                columns: new[] { "SavedSearchId", "TenderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertDeliveries_TenderId",
                table: "AlertDeliveries",
                column: "TenderId");

            migrationBuilder.CreateIndex(
                name: "IX_AntennaShops_PrefectureCode_NameJa",
                table: "AntennaShops",
                columns: new[] { "PrefectureCode", "NameJa" },
                unique: true);

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
                name: "IX_Bids_EnterpriseId",
                table: "Bids",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Bids_TenderId_EnterpriseId",
                table: "Bids",
                columns: new[] { "TenderId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoothCategories_EventId_Code",
                table: "BoothCategories",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComputedFigures_IndicatorCode",
                table: "ComputedFigures",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_ComputedFigures_InitiativeCode",
                table: "ComputedFigures",
                column: "InitiativeCode");

            migrationBuilder.CreateIndex(
                name: "IX_ComputedFigures_PrefectureCode",
                table: "ComputedFigures",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_ComputedFigures_SourceKind_SourceKey",
                table: "ComputedFigures",
                columns: new[] { "SourceKind", "SourceKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ComputedFigures_State_FiscalYear",
                table: "ComputedFigures",
                columns: new[] { "State", "FiscalYear" });

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
                name: "IX_CraftCallRounds_MatchingEventId",
                table: "CraftCallRounds",
                column: "MatchingEventId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftCollaborationImages_CollaborationId",
                table: "CraftCollaborationImages",
                column: "CollaborationId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftCollaborations_PartnerCraftId",
                table: "CraftCollaborations",
                column: "PartnerCraftId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftCollaborations_PartnerPrefectureCode",
                table: "CraftCollaborations",
                column: "PartnerPrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_CraftCollaborations_TeamId",
                table: "CraftCollaborations",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftCollaborations_TokyoCraftId",
                table: "CraftCollaborations",
                column: "TokyoCraftId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftMakerCrafts_CraftId",
                table: "CraftMakerCrafts",
                column: "CraftId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftMakerImages_MakerId",
                table: "CraftMakerImages",
                column: "MakerId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftMakers_PrefectureCode",
                table: "CraftMakers",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_CraftMakers_UserId",
                table: "CraftMakers",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CraftMilestones_TeamId_Kind",
                table: "CraftMilestones",
                columns: new[] { "TeamId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CraftRoundApplications_DesignerId",
                table: "CraftRoundApplications",
                column: "DesignerId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftRoundApplications_MakerId",
                table: "CraftRoundApplications",
                column: "MakerId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftRoundApplications_RoundId_DesignerId",
                table: "CraftRoundApplications",
                columns: new[] { "RoundId", "DesignerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CraftRoundApplications_RoundId_MakerId",
                table: "CraftRoundApplications",
                columns: new[] { "RoundId", "MakerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Crafts_PrefectureCode_NameJa",
                table: "Crafts",
                columns: new[] { "PrefectureCode", "NameJa" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CraftTeamMakers_MakerId",
                table: "CraftTeamMakers",
                column: "MakerId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftTeams_DesignerId",
                table: "CraftTeams",
                column: "DesignerId");

            migrationBuilder.CreateIndex(
                name: "IX_CraftTeams_RoundId",
                table: "CraftTeams",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_DesignerImages_DesignerId",
                table: "DesignerImages",
                column: "DesignerId");

            migrationBuilder.CreateIndex(
                name: "IX_Designers_UserId",
                table: "Designers",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DesignRequests_DesignerId_SubmittedAtUtc",
                table: "DesignRequests",
                columns: new[] { "DesignerId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseImages_EnterpriseId_Kind",
                table: "EnterpriseImages",
                columns: new[] { "EnterpriseId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseInvitations_AcceptedUserId",
                table: "EnterpriseInvitations",
                column: "AcceptedUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseInvitations_EnterpriseId_Email",
                table: "EnterpriseInvitations",
                columns: new[] { "EnterpriseId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseInvitations_InvitedByUserId",
                table: "EnterpriseInvitations",
                column: "InvitedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseInvitations_TokenHash",
                table: "EnterpriseInvitations",
                column: "TokenHash",
                unique: true);

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
                name: "IX_Enterprises_ScreeningStatus_RegisteredAtUtc",
                table: "Enterprises",
                columns: new[] { "ScreeningStatus", "RegisteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EventInvitedPrefectures_PrefectureCode",
                table: "EventInvitedPrefectures",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_EventOrganizerAssignments_EventId_UserId",
                table: "EventOrganizerAssignments",
                columns: new[] { "EventId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventOrganizerAssignments_UserId",
                table: "EventOrganizerAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_HostPrefectureCode",
                table: "Events",
                column: "HostPrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_Events_InitiativeCode_FiscalYear",
                table: "Events",
                columns: new[] { "InitiativeCode", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_BoothCategoryId_BoothNumber",
                table: "ExhibitorApplications",
                columns: new[] { "BoothCategoryId", "BoothNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_EnterpriseId",
                table: "ExhibitorApplications",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_EventId_EnterpriseId",
                table: "ExhibitorApplications",
                columns: new[] { "EventId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_EventId_Status",
                table: "ExhibitorApplications",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ExhibitorApplications_PrefectureCode",
                table: "ExhibitorApplications",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_FormIndicators_IndicatorCode",
                table: "FormIndicators",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_FundCallPart_CallId_InvestorId",
                table: "FundCallPart",
                columns: new[] { "CallId", "InvestorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundCallPart_InvestorId",
                table: "FundCallPart",
                column: "InvestorId");

            migrationBuilder.CreateIndex(
                name: "IX_FundCapitalCalls_FundId_CalledOn",
                table: "FundCapitalCalls",
                columns: new[] { "FundId", "CalledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FundCapitalCalls_ReversesId",
                table: "FundCapitalCalls",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundDistributionPart_DistributionId_InvestorId",
                table: "FundDistributionPart",
                columns: new[] { "DistributionId", "InvestorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundDistributionPart_InvestorId",
                table: "FundDistributionPart",
                column: "InvestorId");

            migrationBuilder.CreateIndex(
                name: "IX_FundDistributions_FundId_PaidOn",
                table: "FundDistributions",
                columns: new[] { "FundId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FundDistributions_ReversesId",
                table: "FundDistributions",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundExits_InvestmentId",
                table: "FundExits",
                column: "InvestmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FundExits_ReversesId",
                table: "FundExits",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundInvesteePartners_InvestmentId",
                table: "FundInvesteePartners",
                column: "InvestmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FundInvesteePartners_PrefectureCode",
                table: "FundInvesteePartners",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_FundInvestmentRounds_InvestmentId",
                table: "FundInvestmentRounds",
                column: "InvestmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FundInvestmentRounds_ReversesId",
                table: "FundInvestmentRounds",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundInvestments_EnterpriseId",
                table: "FundInvestments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_FundInvestments_FundId",
                table: "FundInvestments",
                column: "FundId");

            migrationBuilder.CreateIndex(
                name: "IX_FundInvestments_PrefectureCode",
                table: "FundInvestments",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_FundInvestors_FundId",
                table: "FundInvestors",
                column: "FundId");

            migrationBuilder.CreateIndex(
                name: "IX_FundOperatorAssignments_FundId_UserId",
                table: "FundOperatorAssignments",
                columns: new[] { "FundId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundOperatorAssignments_UserId",
                table: "FundOperatorAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_FundQuarterlyReports_FundId_QuarterEnd",
                table: "FundQuarterlyReports",
                columns: new[] { "FundId", "QuarterEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_FundSupportEntries_InvestmentId",
                table: "FundSupportEntries",
                column: "InvestmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FundValuations_InvestmentId_AsOf",
                table: "FundValuations",
                columns: new[] { "InvestmentId", "AsOf" });

            migrationBuilder.CreateIndex(
                name: "IX_FundValuations_ReversesId",
                table: "FundValuations",
                column: "ReversesId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValuePrefecture_PrefectureCode",
                table: "IndicatorValuePrefecture",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValues_ComputedFigureId",
                table: "IndicatorValues",
                column: "ComputedFigureId");

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
                name: "IX_InfoCenterClosures_TouristInfoCenterId_Until",
                table: "InfoCenterClosures",
                columns: new[] { "TouristInfoCenterId", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_InfoCenterHours_TouristInfoCenterId_Day",
                table: "InfoCenterHours",
                columns: new[] { "TouristInfoCenterId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_ChapterNumber_Number",
                table: "Initiatives",
                columns: new[] { "ChapterNumber", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAbsences_SessionId",
                table: "MeetingAbsences",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_EnterpriseId",
                table: "MeetingParticipants",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_OrganizationId",
                table: "MeetingParticipants",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_ProgrammeId_EnterpriseId",
                table: "MeetingParticipants",
                columns: new[] { "ProgrammeId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_ProgrammeId_OrganizationId",
                table: "MeetingParticipants",
                columns: new[] { "ProgrammeId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_ProgrammeId_UserId",
                table: "MeetingParticipants",
                columns: new[] { "ProgrammeId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingParticipants_UserId",
                table: "MeetingParticipants",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingProgrammes_EventId",
                table: "MeetingProgrammes",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_FromParticipantId_ToParticipantId",
                table: "MeetingRequests",
                columns: new[] { "FromParticipantId", "ToParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_ProgrammeId_Status",
                table: "MeetingRequests",
                columns: new[] { "ProgrammeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingRequests_ToParticipantId_Status",
                table: "MeetingRequests",
                columns: new[] { "ToParticipantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_ProgrammeId",
                table: "Meetings",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_RequestId",
                table: "Meetings",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_SessionId_Slot_Table",
                table: "Meetings",
                columns: new[] { "SessionId", "Slot", "Table" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingSeats_MeetingId",
                table: "MeetingSeats",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingSeats_ParticipantId",
                table: "MeetingSeats",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingSeats_SessionId_Slot_ParticipantId",
                table: "MeetingSeats",
                columns: new[] { "SessionId", "Slot", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingSessions_ProgrammeId",
                table: "MeetingSessions",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_MicePromotionPrefectures_PrefectureCode",
                table: "MicePromotionPrefectures",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_MicePromotions_FiscalYear",
                table: "MicePromotions",
                column: "FiscalYear");

            migrationBuilder.CreateIndex(
                name: "IX_MicePromotions_TourismPartnershipId",
                table: "MicePromotions",
                column: "TourismPartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_CreatedAtUtc",
                table: "Notifications",
                columns: new[] { "UserId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAtUtc",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OcdsStoredReleases_TenderId_Sequence",
                table: "OcdsStoredReleases",
                columns: new[] { "TenderId", "Sequence" },
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
                name: "IX_OutboxMessages_SentAtUtc_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "NextAttemptAtUtc" });

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
                name: "IX_PrCornerBookings_ApplicantUserId",
                table: "PrCornerBookings",
                column: "ApplicantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PrCornerBookings_PrefectureCode",
                table: "PrCornerBookings",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_PrCornerBookings_State_Date",
                table: "PrCornerBookings",
                columns: new[] { "State", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PrCornerSlotClaims_Date_Half",
                table: "PrCornerSlotClaims",
                columns: new[] { "Date", "Half" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrCornerSlotClaims_PrCornerBookingId",
                table: "PrCornerSlotClaims",
                column: "PrCornerBookingId");

            migrationBuilder.CreateIndex(
                name: "IX_Prefectures_TileRow_TileColumn",
                table: "Prefectures",
                columns: new[] { "TileRow", "TileColumn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductionRegions_PrefectureCode_NameJa",
                table: "ProductionRegions",
                columns: new[] { "PrefectureCode", "NameJa" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RallyShops_ShopId",
                table: "RallyShops",
                column: "ShopId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionIntroductions_RegionId",
                table: "RegionIntroductions",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_RegionIntroductions_RequestId_RegionId",
                table: "RegionIntroductions",
                columns: new[] { "RequestId", "RegionId" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_RequestMessages_RegionId",
                table: "RequestMessages",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_RequestMessages_RequestId_RegionId_SentAtUtc",
                table: "RequestMessages",
                columns: new[] { "RequestId", "RegionId", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RouteStopProposals_PrefectureCode",
                table: "RouteStopProposals",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_RouteStopProposals_ProposedByUserId",
                table: "RouteStopProposals",
                column: "ProposedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_RouteStopProposals_State_TouristRouteStopId",
                table: "RouteStopProposals",
                columns: new[] { "State", "TouristRouteStopId" });

            migrationBuilder.CreateIndex(
                name: "IX_RouteStopProposals_TouristRouteStopId",
                table: "RouteStopProposals",
                column: "TouristRouteStopId");

            migrationBuilder.CreateIndex(
                name: "IX_SavedSearches_Frequency_NextAlertDueUtc",
                table: "SavedSearches",
                columns: new[] { "Frequency", "NextAlertDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedSearches_PrefectureCode",
                table: "SavedSearches",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_SavedSearches_UserId",
                table: "SavedSearches",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityEvents_Kind_OccurredAtUtc",
                table: "SecurityEvents",
                columns: new[] { "Kind", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SecurityEvents_OccurredAtUtc",
                table: "SecurityEvents",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityEvents_UserId_OccurredAtUtc",
                table: "SecurityEvents",
                columns: new[] { "UserId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StampCards_EditionId_UserId",
                table: "StampCards",
                columns: new[] { "EditionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StampCards_UserId",
                table: "StampCards",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_StampRallies_FiscalYear",
                table: "StampRallies",
                column: "FiscalYear");

            migrationBuilder.CreateIndex(
                name: "IX_Stamps_CardId_ShopId",
                table: "Stamps",
                columns: new[] { "CardId", "ShopId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stamps_ShopId_JapanDay",
                table: "Stamps",
                columns: new[] { "ShopId", "JapanDay" });

            migrationBuilder.CreateIndex(
                name: "IX_TenderAmendments_TenderId_Number",
                table: "TenderAmendments",
                columns: new[] { "TenderId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenderDocuments_TenderId",
                table: "TenderDocuments",
                column: "TenderId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderInterests_EnterpriseId",
                table: "TenderInterests",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderInterests_TenderId_EnterpriseId",
                table: "TenderInterests",
                columns: new[] { "TenderId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenderQuestions_EnterpriseId",
                table: "TenderQuestions",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderQuestions_TenderId",
                table: "TenderQuestions",
                column: "TenderId");

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
                name: "IX_Tenders_TenderEndUtc_Status",
                table: "Tenders",
                columns: new[] { "TenderEndUtc", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TenderSearchGrams_TenderId",
                table: "TenderSearchGrams",
                column: "TenderId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderWatches_EnterpriseId",
                table: "TenderWatches",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderWatches_TenderId_EnterpriseId",
                table: "TenderWatches",
                columns: new[] { "TenderId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TourismPartnershipPrefecture_PrefectureCode",
                table: "TourismPartnershipPrefecture",
                column: "PrefectureCode");

            migrationBuilder.CreateIndex(
                name: "IX_TourismPartnerships_InitiativeCode",
                table: "TourismPartnerships",
                column: "InitiativeCode");

            migrationBuilder.CreateIndex(
                name: "IX_TouristInfoCenters_PrefectureCode",
                table: "TouristInfoCenters",
                column: "PrefectureCode");

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
                name: "IX_TouristRouteStops_TouristRouteDayId",
                table: "TouristRouteStops",
                column: "TouristRouteDayId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertDeliveries");

            migrationBuilder.DropTable(
                name: "AntennaShopPhotos");

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
                name: "Bids");

            migrationBuilder.DropTable(
                name: "CoordinatorRegionPrefecture");

            migrationBuilder.DropTable(
                name: "CraftCollaborationImages");

            migrationBuilder.DropTable(
                name: "CraftMakerCrafts");

            migrationBuilder.DropTable(
                name: "CraftMakerImages");

            migrationBuilder.DropTable(
                name: "CraftMilestones");

            migrationBuilder.DropTable(
                name: "CraftRoundApplications");

            migrationBuilder.DropTable(
                name: "CraftTeamMakers");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DesignerImages");

            migrationBuilder.DropTable(
                name: "EnterpriseImages");

            migrationBuilder.DropTable(
                name: "EnterpriseInvitations");

            migrationBuilder.DropTable(
                name: "EventInvitedPrefectures");

            migrationBuilder.DropTable(
                name: "EventOrganizerAssignments");

            migrationBuilder.DropTable(
                name: "ExhibitorApplications");

            migrationBuilder.DropTable(
                name: "FormIndicators");

            migrationBuilder.DropTable(
                name: "FundCallPart");

            migrationBuilder.DropTable(
                name: "FundDistributionPart");

            migrationBuilder.DropTable(
                name: "FundExits");

            migrationBuilder.DropTable(
                name: "FundInvesteePartners");

            migrationBuilder.DropTable(
                name: "FundInvestmentRounds");

            migrationBuilder.DropTable(
                name: "FundOperatorAssignments");

            migrationBuilder.DropTable(
                name: "FundQuarterlyReports");

            migrationBuilder.DropTable(
                name: "FundSupportEntries");

            migrationBuilder.DropTable(
                name: "FundValuations");

            migrationBuilder.DropTable(
                name: "IndicatorValuePrefecture");

            migrationBuilder.DropTable(
                name: "InfoCenterClosures");

            migrationBuilder.DropTable(
                name: "InfoCenterHours");

            migrationBuilder.DropTable(
                name: "MeetingAbsences");

            migrationBuilder.DropTable(
                name: "MeetingSeats");

            migrationBuilder.DropTable(
                name: "MicePromotionPrefectures");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "OcdsStoredReleases");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Participations");

            migrationBuilder.DropTable(
                name: "PrCornerSlotClaims");

            migrationBuilder.DropTable(
                name: "PublishedDataStamps");

            migrationBuilder.DropTable(
                name: "RallyShops");

            migrationBuilder.DropTable(
                name: "RegionIntroductions");

            migrationBuilder.DropTable(
                name: "ReportingAuditEntries");

            migrationBuilder.DropTable(
                name: "RequestMessages");

            migrationBuilder.DropTable(
                name: "RouteStopProposals");

            migrationBuilder.DropTable(
                name: "SecurityEvents");

            migrationBuilder.DropTable(
                name: "StampRallies");

            migrationBuilder.DropTable(
                name: "Stamps");

            migrationBuilder.DropTable(
                name: "TenderAmendments");

            migrationBuilder.DropTable(
                name: "TenderDocuments");

            migrationBuilder.DropTable(
                name: "TenderInterests");

            migrationBuilder.DropTable(
                name: "TenderQuestions");

            migrationBuilder.DropTable(
                name: "TenderRecommendations");

            migrationBuilder.DropTable(
                name: "TenderSearchGrams");

            migrationBuilder.DropTable(
                name: "TenderWatches");

            migrationBuilder.DropTable(
                name: "TourismPartnershipPrefecture");

            migrationBuilder.DropTable(
                name: "TouristRouteSpot");

            migrationBuilder.DropTable(
                name: "WorkerLeases");

            migrationBuilder.DropTable(
                name: "SavedSearches");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "CraftCollaborations");

            migrationBuilder.DropTable(
                name: "CraftMakers");

            migrationBuilder.DropTable(
                name: "BoothCategories");

            migrationBuilder.DropTable(
                name: "FundCapitalCalls");

            migrationBuilder.DropTable(
                name: "FundDistributions");

            migrationBuilder.DropTable(
                name: "FundInvestors");

            migrationBuilder.DropTable(
                name: "FundInvestments");

            migrationBuilder.DropTable(
                name: "IndicatorValues");

            migrationBuilder.DropTable(
                name: "TouristInfoCenters");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "MicePromotions");

            migrationBuilder.DropTable(
                name: "PrCornerBookings");

            migrationBuilder.DropTable(
                name: "ReportSubmissions");

            migrationBuilder.DropTable(
                name: "DesignRequests");

            migrationBuilder.DropTable(
                name: "ProductionRegions");

            migrationBuilder.DropTable(
                name: "TouristRouteStops");

            migrationBuilder.DropTable(
                name: "AntennaShops");

            migrationBuilder.DropTable(
                name: "StampCards");

            migrationBuilder.DropTable(
                name: "CoordinatorRegions");

            migrationBuilder.DropTable(
                name: "Tenders");

            migrationBuilder.DropTable(
                name: "CraftTeams");

            migrationBuilder.DropTable(
                name: "Crafts");

            migrationBuilder.DropTable(
                name: "Funds");

            migrationBuilder.DropTable(
                name: "ComputedFigures");

            migrationBuilder.DropTable(
                name: "MeetingRequests");

            migrationBuilder.DropTable(
                name: "MeetingSessions");

            migrationBuilder.DropTable(
                name: "TourismPartnerships");

            migrationBuilder.DropTable(
                name: "TouristRouteDay");

            migrationBuilder.DropTable(
                name: "RallyEditions");

            migrationBuilder.DropTable(
                name: "CraftCallRounds");

            migrationBuilder.DropTable(
                name: "Designers");

            migrationBuilder.DropTable(
                name: "IndicatorDefinitions");

            migrationBuilder.DropTable(
                name: "MeetingParticipants");

            migrationBuilder.DropTable(
                name: "TouristRoutes");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "MeetingProgrammes");

            migrationBuilder.DropTable(
                name: "Enterprises");

            migrationBuilder.DropTable(
                name: "Organizations");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "Initiatives");

            migrationBuilder.DropTable(
                name: "Prefectures");

            migrationBuilder.DropTable(
                name: "Chapters");
        }
    }
}
