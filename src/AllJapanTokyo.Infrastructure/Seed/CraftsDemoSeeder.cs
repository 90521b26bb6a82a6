using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// Development only, with the demo accounts: the fictitious maker profile (架空, IsSynthetic) of maker@example.jp, making
/// 東京くみひも, and a fictitious call round open for a month, so that a maker's application can be tried. The report
/// names no maker, so no real one is invented.
/// </summary>
public sealed class CraftsDemoSeeder(AppDbContext db, TimeProvider clock)
{
    public const string MakerName = "【架空】デモ組紐工房";

    public async Task SeedAsync(string makerEmail, CancellationToken cancellationToken = default)
    {
        var userId = await db.Users.Where(u => u.Email == makerEmail).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (userId is null || await db.CraftMakers.AnyAsync(m => m.UserId == userId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var kumihimo = await db.Crafts.Where(c => c.NameJa == "東京くみひも").Select(c => c.Id).SingleAsync(cancellationToken);
        db.CraftMakers.Add(new CraftMaker
        {
            UserId = userId,
            Kind = CraftMakerKind.Workshop,
            NameJa = MakerName,
            PrefectureCode = "13",
            ProfileJa = "デモ用の架空の工房です。実在の工房ではありません。",
            UpdatedAtUtc = now,
            IsSynthetic = true,
            Crafts = [new CraftMakerCraft { CraftId = kumihimo }],
        });
        db.CraftCallRounds.Add(new CraftCallRound
        {
            TitleJa = "【架空】デモ募集：東京の伝統工芸×デザイナー",
            DescriptionJa = "デモ用の架空の募集です。",
            FiscalYear = Domain.Common.FiscalYear.Containing(DateOnly.FromDateTime(now)).StartYear,
            DeadlineUtc = now.AddDays(30),
            CreatedAtUtc = now,
            IsSynthetic = true,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
