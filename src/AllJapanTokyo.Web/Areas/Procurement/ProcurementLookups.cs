using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>Reference data the area's forms and lists share.</summary>
public static class ProcurementLookups
{
    /// <summary>The 47 prefectures in code order, with their names in four languages.</summary>
    public static async Task<IReadOnlyList<PrefectureOption>> PrefectureOptionsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.Prefectures.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new PrefectureOption(p.Code, p.Name))
            .ToListAsync(cancellationToken);
}
