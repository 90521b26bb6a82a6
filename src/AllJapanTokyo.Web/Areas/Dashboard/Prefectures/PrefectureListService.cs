using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard.Prefectures;

/// <summary>/prefectures: the 47 prefectures by region, with how many initiatives each took part in (FY2015–FY2020).</summary>
public sealed class PrefectureListService(AppDbContext db, DashboardReads reads, ParticipationService participation)
{
    public async Task<PrefectureIndex> PrefecturesAsync(CancellationToken cancellationToken = default)
    {
        var prefectures = await reads.PrefectureTilesAsync(cancellationToken);
        var kana = await db.Prefectures.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.NameKana, StringComparer.Ordinal, cancellationToken);
        var byPrefecture = ParticipationRules.InitiativesByPrefecture(await participation.ParticipationAsync(cancellationToken: cancellationToken));

        var regions = prefectures
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .GroupBy(p => p.Region)
            .Select(g => new PrefectureRegion(
                g.Key,
                g.Select(p => new PrefectureListItem(p.Ref, kana.GetValueOrDefault(p.Code, ""), byPrefecture.TryGetValue(p.Code, out var codes) ? codes.Count : 0)).ToList()))
            .ToList();
        return new PrefectureIndex(prefectures, regions);
    }
}
