using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// The six regions of the regional coordinators (initiative 1-1: 「全国各地域に６名配置」), built from the prefectures'
/// regions (北海道+東北, 関東, 中部, 近畿, 中国+四国, 九州・沖縄). Idempotent. The demo coordinator
/// (coordinator@example.jp, 「地域コーディネーター（関東）」) is given 関東 when that account exists and the post is vacant.
/// </summary>
public sealed class CoordinatorSeeder(AppDbContext db)
{
    public const string DemoCoordinator = "coordinator@example.jp";

    private static readonly (string Code, string NameJa, string NameEn, string[] PrefectureRegionsJa)[] Regions =
    [
        ("hokkaido-tohoku", "北海道・東北", "Hokkaido and Tohoku", ["北海道", "東北"]),
        ("kanto", "関東", "Kanto", ["関東"]),
        ("chubu", "中部", "Chubu", ["中部"]),
        ("kinki", "近畿", "Kinki", ["近畿"]),
        ("chugoku-shikoku", "中国・四国", "Chugoku and Shikoku", ["中国", "四国"]),
        ("kyushu-okinawa", "九州・沖縄", "Kyushu and Okinawa", ["九州・沖縄"]),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.CoordinatorRegions.Select(r => r.Code).ToListAsync(cancellationToken);
        var prefectures = await db.Prefectures.AsNoTracking().Select(p => new { p.Code, RegionJa = p.Region.Ja }).ToListAsync(cancellationToken);
        foreach (var region in Regions.Where(r => !existing.Contains(r.Code)))
        {
            db.CoordinatorRegions.Add(new CoordinatorRegion
            {
                Code = region.Code,
                NameJa = region.NameJa,
                NameEn = region.NameEn,
                Prefectures = prefectures
                    .Where(p => region.PrefectureRegionsJa.Contains(p.RegionJa))
                    .Select(p => new CoordinatorRegionPrefecture { PrefectureCode = p.Code })
                    .ToList(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);

        if (await db.Users.AnyAsync(u => u.UserName == DemoCoordinator, cancellationToken)
            && !await db.CoordinatorRegions.AnyAsync(r => r.CoordinatorUserName == DemoCoordinator, cancellationToken))
        {
            await db.CoordinatorRegions
                .Where(r => r.Code == "kanto" && r.CoordinatorUserName == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CoordinatorUserName, DemoCoordinator), cancellationToken);
        }
    }
}
