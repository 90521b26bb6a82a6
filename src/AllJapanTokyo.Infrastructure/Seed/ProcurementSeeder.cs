using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// Demonstration tenders of 株式会社東京ビッグサイト (the buyer of buyer@example.jp) in every state of the lifecycle,
/// with questions and answers, sealed and opened bids, an award, a contract, a cancellation and a joint-bid notice.
/// All synthetic (IsSynthetic = true, shown with 「架空データ」), dated relative to the clock so each stays in its state.
/// Idempotent: nothing is added once the first demo tender exists.
/// </summary>
public sealed class ProcurementSeeder(AppDbContext db, TimeProvider clock)
{
    public const string BuyerName = "株式会社東京ビッグサイト";

    public const string DemoEnterpriseName = "株式会社デモ精密工業";

    private const string ReferencePrefix = "DEMO-";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Tenders.AnyAsync(t => t.Reference.StartsWith(ReferencePrefix), cancellationToken))
        {
            return;
        }

        var buyer = await db.Organizations.FirstOrDefaultAsync(o => o.NameJa == BuyerName, cancellationToken);
        if (buyer is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var sme = await db.Enterprises.FirstOrDefaultAsync(e => e.NameJa == DemoEnterpriseName, cancellationToken)
            ?? Enterprise(DemoEnterpriseName, "デモセイミツコウギョウ", "010401999999", Prefecture.TokyoCode, "E", now);
        var niigata = await db.Enterprises.FirstOrDefaultAsync(e => e.NameJa == "株式会社デモ越後電設", cancellationToken)
            ?? Enterprise("株式会社デモ越後電設", "デモエチゴデンセツ", "010401999997", "15", "D", now);
        var osaka = await db.Enterprises.FirstOrDefaultAsync(e => e.NameJa == "デモなにわ映像合同会社", cancellationToken)
            ?? Enterprise("デモなにわ映像合同会社", "デモナニワエイゾウ", "010401999996", "27", "G", now);
        foreach (var enterprise in new[] { sme, niigata, osaka }.Where(e => e.Id == 0))
        {
            db.Enterprises.Add(enterprise);
        }

        await db.SaveChangesAsync(cancellationToken);

        Tender Make(int n, string title, string description, TenderCategory category, ProcurementMethod method, long? budget, int enquiryEndDays, int startDays, int endDays, string prefecture = Prefecture.TokyoCode) => new()
        {
            Reference = $"{ReferencePrefix}{JapanTime.DayOf(now).Year}-{n:D3}",
            BuyerOrganizationId = buyer.Id,
            Title = title,
            Description = description + "（デモ用の架空案件です。）",
            Category = category,
            Method = method,
            BudgetYen = budget,
            DeliveryPrefectureCode = prefecture,
            Nationwide = true,
            ContactJa = "株式会社東京ビッグサイト 調達担当（デモ） 03-0000-0000",
            EnquiryEndUtc = now.AddDays(enquiryEndDays).Date.AddHours(8),
            TenderStartUtc = now.AddDays(startDays).Date.AddHours(0),
            TenderEndUtc = now.AddDays(endDays).Date.AddHours(8),
            IsSynthetic = true,
        };

        var draft = Make(1, "来場者アンケート集計業務", "展示会の来場者アンケート（紙・Web）を集計し、報告書を作成する業務です。", TenderCategory.Services, ProcurementMethod.Open, 1_500_000, 20, 21, 35);
        var enquiry = Make(2, "展示会場案内サインの製作・設置", "東展示棟の案内サイン（多言語・ピクトグラム）約120点を製作し、設置・撤去する業務です。", TenderCategory.Goods, ProcurementMethod.Open, 4_800_000, 5, 6, 20);
        var tendering = Make(3, "会場内Wi-Fi仮設工事", "展示ホール内に来場者・出展者用の仮設Wi-Fiを敷設し、会期後に撤去する工事です。", TenderCategory.Works, ProcurementMethod.Open, 9_900_000, -4, -3, 7);
        tendering.Nationwide = false;
        tendering.EligiblePrefectureCodes = Tender.JoinCodes(["13", "14", "15", "27"]);
        tendering.OtherDeliveryPrefectureCodes = "14";
        var evaluation = Make(4, "展示会パンフレットの多言語翻訳業務", "展示会パンフレット（約40頁）を英語・中国語（簡体・繁体）・韓国語に翻訳する業務です。", TenderCategory.Services, ProcurementMethod.Open, null, -16, -15, -1);
        var awarded = Make(5, "LED照明器具の調達", "会議棟のLED照明器具300台を調達する案件です。", TenderCategory.Goods, ProcurementMethod.Open, 6_000_000, -46, -45, -20);
        var complete = Make(6, "会場警備業務委託（秋季展示会）", "秋季展示会の会期中（5日間）の会場警備業務です。", TenderCategory.Services, ProcurementMethod.Selective, 12_000_000, -91, -90, -60);
        var cancelled = Make(7, "仮設観覧席設置工事", "イベントホールに仮設観覧席（約800席）を設置する工事です。", TenderCategory.Works, ProcurementMethod.Open, 25_000_000, -11, -10, 10);
        var unsuccessful = Make(8, "記念品の製作", "展示会の記念品（伝統工芸品を用いたもの）500個を製作する案件です。", TenderCategory.Goods, ProcurementMethod.Limited, 800_000, -41, -40, -30);

        foreach (var t in new[] { enquiry, tendering, evaluation, awarded, complete, cancelled, unsuccessful })
        {
            // Published a week before its tender period opened, as the clock then said.
            var publishedAt = t.TenderStartUtc.AddDays(-7);
            t.Publish(publishedAt < t.TenderEndUtc ? publishedAt : t.TenderEndUtc.AddDays(-1));
        }

        db.Tenders.AddRange(draft, enquiry, tendering, evaluation, awarded, complete, cancelled, unsuccessful);
        await db.SaveChangesAsync(cancellationToken);

        Bid BidOf(Tender t, Enterprise e, long amount, int daysAfterStart, string? note = null)
        {
            var bid = new Bid { TenderId = t.Id, EnterpriseId = e.Id };
            bid.Write(amount, note, Guid.NewGuid(), t.TenderStartUtc.AddDays(daysAfterStart).AddHours(3));
            return bid;
        }

        var awardedWin = BidOf(awarded, sme, 5_480_000, 2, "納期2週間で対応可能です。");
        var completeWin = BidOf(complete, niigata, 11_200_000, 3);
        db.Bids.AddRange(
            BidOf(tendering, niigata, 9_350_000, 1),
            BidOf(tendering, osaka, 9_700_000, 2),
            BidOf(evaluation, sme, 2_150_000, 3),
            BidOf(evaluation, osaka, 1_980_000, 5, "ネイティブチェックを含みます。"),
            BidOf(evaluation, niigata, 2_400_000, 6),
            awardedWin,
            BidOf(awarded, osaka, 5_750_000, 4),
            completeWin,
            BidOf(complete, sme, 11_900_000, 4),
            BidOf(cancelled, osaka, 24_000_000, 2));
        db.TenderQuestions.AddRange(
            new TenderQuestion { TenderId = enquiry.Id, EnterpriseId = niigata.Id, QuestionText = "サインの対応言語は日本語・英語のほかに何言語を想定していますか。", AskedAtUtc = now.AddDays(-2), AnswerText = "日本語・英語・中国語（簡体）・韓国語の4言語です。詳細は仕様書3頁をご覧ください。", AnsweredAtUtc = now.AddDays(-1) },
            new TenderQuestion { TenderId = enquiry.Id, EnterpriseId = osaka.Id, QuestionText = "設置作業は夜間に限られますか。", AskedAtUtc = now.AddHours(-5) },
            new TenderQuestion { TenderId = tendering.Id, EnterpriseId = sme.Id, QuestionText = "既設の有線LANは利用できますか。", AskedAtUtc = tendering.EnquiryEndUtc.AddDays(-2), AnswerText = "一部利用できます。現地説明会でご案内します。", AnsweredAtUtc = tendering.EnquiryEndUtc.AddDays(-1) });
        db.TenderInterests.Add(new TenderInterest { TenderId = tendering.Id, EnterpriseId = niigata.Id, Message = "配線工事の協力会社（東京都・神奈川県）を探しています。", RegisteredAtUtc = now.AddDays(-2) });
        await db.SaveChangesAsync(cancellationToken);

        awarded.Award(awardedWin, awarded.TenderEndUtc.AddDays(3));
        complete.Award(completeWin, complete.TenderEndUtc.AddDays(2));
        complete.RecordContract(11_200_000, JapanTime.DayOf(complete.TenderEndUtc.AddDays(5)), complete.TenderEndUtc.AddDays(5));
        complete.Complete(complete.TenderEndUtc.AddDays(40));
        cancelled.Cancel("会場計画の見直しにより、観覧席の設置が不要となったため。", now.AddDays(-1));
        unsuccessful.MarkUnsuccessful(unsuccessful.TenderEndUtc.AddDays(1));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Enterprise Enterprise(string name, string kana, string baseNumber, string prefecture, string jsic, DateTime now) => new()
    {
        CorporateNumber = CorporateNumber.FromBase(baseNumber),
        NameJa = name,
        NameKana = kana,
        PrefectureCode = prefecture,
        Address = "（デモ）",
        JsicMajorGroup = jsic,
        SmeIndustryGroup = SmeIndustryGroup.ManufacturingAndOthers,
        CapitalYen = 10_000_000,
        Employees = 20,
        Capabilities = "デモデータ",
        PrText = "デモ用の架空企業です。実在の企業ではありません。",
        ScreeningStatus = ScreeningStatus.Approved,
        RegisteredAtUtc = now,
        IsSynthetic = true,
    };
}
