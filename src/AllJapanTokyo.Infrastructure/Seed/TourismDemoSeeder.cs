using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// Development only, with the demo accounts: one fictitious joint promotion with a MICE partner city (架空,
/// IsSynthetic, shown with the mark), so that the MICE page shows how promotions read. The progress report names the
/// partner cities but no promotion, so no real one is invented; the partner cities themselves stay as seeded.
/// </summary>
public sealed class TourismDemoSeeder(AppDbContext db, TimeProvider clock)
{
    public const string PromotionTitle = "【架空】デモ・MICE合同商談会";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.MicePromotions.AnyAsync(p => p.IsSynthetic, cancellationToken)
            || await db.TourismPartnerships.FirstOrDefaultAsync(p => p.InitiativeCode == MicePromotion.Initiative && p.PartnerJa == "札幌市", cancellationToken) is not { } sapporo)
        {
            return;
        }

        db.MicePromotions.Add(new MicePromotion
        {
            TourismPartnershipId = sapporo.Id,
            FiscalYear = 2020,
            TitleJa = PromotionTitle,
            Kind = MicePromotionKind.JointBusinessMeeting,
            StartDate = new DateOnly(2020, 11, 10),
            OutcomeJa = "（架空）デモ用のデータです。",
            IsSynthetic = true,
            UpdatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Prefectures = [new MicePromotionPrefecture { PrefectureCode = "01" }, new MicePromotionPrefecture { PrefectureCode = "13" }],
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
