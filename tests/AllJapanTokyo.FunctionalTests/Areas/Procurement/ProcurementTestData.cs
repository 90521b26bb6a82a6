using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.FunctionalTests.Areas.Procurement;

/// <summary>Tenders written straight to the database, each with words no other test uses.</summary>
internal static class ProcurementTestData
{
    public const string BigSight = "株式会社東京ビッグサイト";

    private const string Katakana = "アイウエオカキクケコサシスセソタ";

    /// <summary>A Japanese word nobody else has written: 「試験」 and eight katakana from a new GUID.</summary>
    public static string UniqueWord() => "試験" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => Katakana[Convert.ToInt32(c.ToString(), 16)]));

    public static Task<int> BuyerIdAsync(PortalFactory portal, string name = BigSight) =>
        portal.WithDbAsync(db => db.Organizations.Where(o => o.NameJa == name).Select(o => o.Id).SingleAsync());

    /// <summary>
    /// A tender open for bids in Niigata (services), changed by <paramref name="change"/>; returns it with its id. It is
    /// written in <paramref name="status"/> (published by default), as a tender loaded in that state would be, published
    /// three days ago unless <paramref name="publishedAtUtc"/> says when (or <paramref name="neverPublished"/>).
    /// </summary>
    public static async Task<Tender> InsertTenderAsync(
        PortalFactory portal,
        string title,
        Action<Tender>? change = null,
        TenderStatus status = TenderStatus.Published,
        DateTime? publishedAtUtc = null,
        bool neverPublished = false)
    {
        var buyerId = await BuyerIdAsync(portal);
        var now = DateTime.UtcNow;
        var tender = new Tender
        {
            Reference = "T-TEST-" + Guid.NewGuid().ToString("N")[..16],
            BuyerOrganizationId = buyerId,
            Title = title,
            Description = "機能試験のために登録した案件です。",
            Category = TenderCategory.Services,
            Method = ProcurementMethod.Open,
            Status = status,
            EnquiryEndUtc = now.AddDays(-2),
            TenderStartUtc = now.AddDays(-1),
            TenderEndUtc = now.AddDays(10),
            BudgetYen = 1_200_000,
            DeliveryPrefectureCode = "15",
            Nationwide = true,
            ContactJa = "調達担当（試験）",
            PublishedAtUtc = neverPublished ? null : publishedAtUtc ?? now.AddDays(-3),
        };
        change?.Invoke(tender);
        await portal.WithDbAsync(async db =>
        {
            db.Tenders.Add(tender);
            return await db.SaveChangesAsync();
        });
        return tender;
    }
}
