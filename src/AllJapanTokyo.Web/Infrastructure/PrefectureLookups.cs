using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Infrastructure;

/// <summary>The 47 prefectures as every area's forms and lists read them.</summary>
public static class PrefectureLookups
{
    /// <summary>The 47 prefectures in code order, with their names in four languages.</summary>
    public static async Task<IReadOnlyList<PrefectureOption>> PrefectureOptionsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.Prefectures.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new PrefectureOption(p.Code, p.Name))
            .ToListAsync(cancellationToken);

    /// <summary>The 47 prefectures by code.</summary>
    public static async Task<PrefectureNames> PrefectureNamesAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        new(await db.PrefectureOptionsAsync(cancellationToken));
}
