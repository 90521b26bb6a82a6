using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Organizations;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>How much synthetic data to generate.</summary>
public sealed record VolumeSize(int Enterprises, int BuyerOrganizations, int Tenders, int Participations);

/// <summary>
/// The load-test volume (<c>DemoData:Volume=large</c>): enterprises spread over the 47 prefectures, buyers, tenders and
/// participations, generated with Bogus in the <c>ja</c> locale. Every row is marked <c>IsSynthetic</c> so that no
/// report or dashboard counts it as a programme fact. Deterministic (fixed seed) and idempotent.
/// </summary>
public sealed class VolumeDataSeeder(AppDbContext db, TimeProvider clock, ILogger<VolumeDataSeeder> logger)
{
    public static readonly VolumeSize Large = new(Enterprises: 36_000, BuyerOrganizations: 26, Tenders: 50_000, Participations: 30_000);

    /// <summary>The note on the volume's buyer organisations; its presence means the volume is loaded.</summary>
    public const string VolumeMarker = "負荷試験用の架空データ";

    private const int BatchSize = 2_000;

    public async Task SeedAsync(VolumeSize size, CancellationToken cancellationToken = default)
    {
        if (await db.Organizations.AnyAsync(o => o.IsSynthetic && o.NoteJa == VolumeMarker, cancellationToken))
        {
            logger.LogInformation("Volume data already present; nothing added");
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Randomizer.Seed = new Random(20200401);
        var faker = new Faker("ja");
        var now = clock.GetUtcNow().UtcDateTime;
        var prefectureNames = await db.Prefectures.OrderBy(p => p.Code).ToDictionaryAsync(p => p.Code, p => p.Name.Ja, cancellationToken);
        var prefectureCodes = prefectureNames.Keys.ToList();
        var initiativeCodes = await db.Initiatives.OrderBy(i => i.Code).Select(i => i.Code).ToListAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var buyers = Enumerable.Range(1, size.BuyerOrganizations).Select(i => new Organization
        {
            NameJa = $"{JapaneseCompanyName(faker)}（架空の発注者 {i:D2}）",
            Kind = OrganizationKind.Company,
            IsBuyer = true,
            UsesEBidding = true,
            PrefectureCode = Prefecture.TokyoCode,
            NoteJa = VolumeMarker,
            IsSynthetic = true,
        }).ToList();
        db.Organizations.AddRange(buyers);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var jsicCodes = JsicMajorGroup.All.Select(g => g.Code).Where(c => c is not ("S" or "T")).ToArray();
        var lastIdBefore = await db.Enterprises.MaxAsync(e => (int?)e.Id, cancellationToken) ?? 0;
        for (var offset = 0; offset < size.Enterprises; offset += BatchSize)
        {
            var batch = new List<Enterprise>(BatchSize);
            for (var i = offset; i < Math.Min(offset + BatchSize, size.Enterprises); i++)
            {
                var jsic = faker.PickRandom(jsicCodes);
                var group = SmeClassification.GroupForJsic(jsic, isRetail: faker.Random.Bool());
                var prefecture = prefectureCodes[i % prefectureCodes.Count];
                batch.Add(new Enterprise
                {
                    CorporateNumber = CorporateNumber.FromBase((900_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    NameJa = JapaneseCompanyName(faker),
                    NameKana = null,
                    PrefectureCode = prefecture,
                    Address = $"{prefectureNames[prefecture]}{faker.Address.City()}{faker.Random.Int(1, 9)}-{faker.Random.Int(1, 30)}-{faker.Random.Int(1, 20)}",
                    JsicMajorGroup = jsic,
                    SmeIndustryGroup = group,
                    CapitalYen = faker.Random.Long(1, 300) * 1_000_000,
                    Employees = faker.Random.Int(1, 400),
                    Capabilities = faker.PickRandom(Capabilities),
                    PrText = "負荷試験用の架空企業です。",
                    ScreeningStatus = i % 20 == 0 ? ScreeningStatus.Pending : ScreeningStatus.Approved,
                    RegisteredAtUtc = now.AddDays(-faker.Random.Int(0, 1800)),
                    IsSynthetic = true,
                });
            }

            await db.InsertAsync(batch, cancellationToken);
        }

        // In key order: the participations pick from this list by position, and PostgreSQL returns the rows of an unordered
        // query in the order of its heap, where new rows may fill earlier free space (another load, other participations).
        var enterpriseIds = await db.Enterprises.Where(e => e.Id > lastIdBefore).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);

        var categories = Enum.GetValues<TenderCategory>();
        var methods = Enum.GetValues<ProcurementMethod>();
        var lastTenderIdBefore = await db.Tenders.MaxAsync(t => (int?)t.Id, cancellationToken) ?? 0;
        for (var offset = 0; offset < size.Tenders; offset += BatchSize)
        {
            var batch = new List<Tender>(BatchSize);
            for (var i = offset; i < Math.Min(offset + BatchSize, size.Tenders); i++)
            {
                var category = faker.PickRandom(categories);
                // Spread deadlines from three years ago to three months ahead, so every status occurs.
                var tenderEnd = now.AddDays(faker.Random.Int(-1100, 90)).Date.AddHours(8);
                var tenderStart = tenderEnd.AddDays(-faker.Random.Int(7, 30));
                var status = tenderEnd < now.AddDays(-60)
                    ? faker.PickRandom(TenderStatus.Complete, TenderStatus.Awarded, TenderStatus.Unsuccessful, TenderStatus.Cancelled)
                    : TenderStatus.Published;
                var tender = new Tender
                {
                    Reference = $"S-{tenderEnd.Year}-{i + 1:D6}",
                    BuyerOrganizationId = buyers[i % buyers.Count].Id,
                    Title = $"{faker.PickRandom(TenderSubjects[category])}（{faker.Address.City()}）",
                    Description = $"{faker.PickRandom(TenderSubjects[category])}に関する業務。負荷試験用の架空案件です。",
                    Category = category,
                    Method = faker.PickRandom(methods),
                    Status = status,
                    EnquiryEndUtc = tenderStart.AddDays(-1),
                    TenderStartUtc = tenderStart,
                    TenderEndUtc = tenderEnd,
                    BudgetYen = faker.Random.Bool(0.7f) ? faker.Random.Long(10, 5000) * 100_000 : null,
                    DeliveryPrefectureCode = faker.PickRandom(prefectureCodes),
                    Nationwide = faker.Random.Bool(0.8f),
                    ContactJa = "調達担当（架空）",
                    PublishedAtUtc = tenderStart.AddDays(-7),
                    IsSynthetic = true,
                };
                tender.RefreshSearchText();
                batch.Add(tender);
            }

            await db.InsertAsync(batch, cancellationToken);
        }

        // Written without the change tracker, so the keyword index is filled here, in the same transaction.
        await TenderSearchIndex.InsertGramsAsync(db, lastTenderIdBefore, cancellationToken);

        for (var offset = 0; offset < size.Participations; offset += BatchSize)
        {
            var batch = new List<Participation>(BatchSize);
            for (var i = offset; i < Math.Min(offset + BatchSize, size.Participations); i++)
            {
                batch.Add(new Participation
                {
                    InitiativeCode = faker.PickRandom(initiativeCodes),
                    FiscalYear = faker.Random.Int(2015, 2020),
                    PrefectureCode = faker.PickRandom(prefectureCodes),
                    EnterpriseId = faker.PickRandom(enterpriseIds),
                    Role = ParticipationRole.Exhibitor,
                    IsSynthetic = true,
                });
            }

            await db.InsertAsync(batch, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation(
            "Volume data loaded: {Enterprises} enterprises, {Tenders} tenders, {Participations} participations in {ElapsedMs:0} ms",
            size.Enterprises, size.Tenders, size.Participations, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>「株式会社佐藤精機」: Bogus's ja locale has Japanese family names but English company suffixes.</summary>
    private static string JapaneseCompanyName(Faker faker)
    {
        var name = faker.Name.LastName() + faker.PickRandom(CompanySuffixes);
        return faker.Random.Bool(0.7f) ? "株式会社" + name : name + faker.PickRandom("株式会社", "有限会社", "合同会社");
    }

    private static readonly string[] CompanySuffixes = ["製作所", "工業", "精機", "技研", "電機", "産業", "商事", "工芸", "食品", "印刷", "建設", "設計", "システム", "繊維", "木工"];

    private static readonly string[] Capabilities =
    [
        "精密切削加工", "金属プレス加工", "樹脂成形", "電子回路設計", "ソフトウェア開発", "Webサイト制作", "映像制作",
        "イベント運営", "印刷・製本", "警備", "清掃", "翻訳・通訳", "食品製造", "木工・家具製作", "繊維製品製造", "建設工事",
    ];

    private static readonly Dictionary<TenderCategory, string[]> TenderSubjects = new()
    {
        [TenderCategory.Goods] = ["会場用備品の購入", "記念品の製作", "LED照明器具の調達", "事務用品の購入", "案内サインの製作", "防災備蓄品の購入"],
        [TenderCategory.Services] = ["会場警備業務委託", "清掃業務委託", "多言語翻訳業務", "Webサイト運用保守", "映像制作業務", "イベント運営業務"],
        [TenderCategory.Works] = ["会場内装工事", "空調設備改修工事", "仮設観覧席設置工事", "バリアフリー改修工事", "外構整備工事"],
    };
}
