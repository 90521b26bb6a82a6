using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Infrastructure.Seed;

/// <summary>
/// Development only, with the demo accounts: three fictitious antenna shops (架空, IsSynthetic, shown with the mark
/// everywhere) kept by Niigata, Osaka and Hokkaido, and a fictitious rally edition running around today, so that the
/// stamp card can be tried (niigata@ and osaka@ show their shop's counter code, official@ any). The progress report
/// names no shop, so no real shop is invented; the real list is imported from CSV.
/// </summary>
public sealed class AntennaShopsDemoSeeder(AppDbContext db, TimeProvider clock)
{
    public const string EditionName = "【架空】デモ・スタンプラリー";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.AntennaShops.AnyAsync(s => s.IsSynthetic, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var shops = new[]
        {
            Shop("15", "【架空】新潟デモ物産館", "Demo Niigata shop (fictitious)", "東京都中央区（架空の住所）", "（架空）銀座駅", hasRestaurant: true, "ja,en", now),
            Shop("27", "【架空】大阪デモ物産館", "Demo Osaka shop (fictitious)", "東京都千代田区（架空の住所）", "（架空）有楽町駅", hasRestaurant: false, "ja,en,ko", now),
            Shop("01", "【架空】北海道デモ物産館", "Demo Hokkaido shop (fictitious)", "東京都千代田区（架空の住所）", "（架空）東京駅", hasRestaurant: true, "ja,en,zh-Hans,ko", now),
        };
        db.AntennaShops.AddRange(shops);
        await db.SaveChangesAsync(cancellationToken);

        var today = JapanTime.DayOf(now);
        db.RallyEditions.Add(new RallyEdition
        {
            NameJa = EditionName,
            StartsOn = today.AddDays(-30),
            EndsOn = today.AddDays(60),
            StampsToComplete = 3,
            PrizeCount = 2,
            PrizesJa = "（架空）各ショップの特産品詰め合わせ",
            RulesJa = "（架空）各ショップで1回ずつスタンプを押せます。3店のスタンプで抽選に応募できます。",
            IsSynthetic = true,
            Shops = shops.Select(s => new RallyShop { ShopId = s.Id }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static AntennaShop Shop(string prefecture, string name, string nameEn, string address, string station, bool hasRestaurant, string languages, DateTime now) => new()
    {
        PrefectureCode = prefecture,
        NameJa = name,
        NameEn = nameEn,
        AddressJa = address,
        NearestStationJa = station,
        Opens = new TimeOnly(10, 0),
        Closes = new TimeOnly(20, 0),
        ClosedOn = ClosingDays.None,
        HasRestaurant = hasRestaurant,
        Languages = languages,
        IsSynthetic = true,
        UpdatedAtUtc = now,
    };
}
