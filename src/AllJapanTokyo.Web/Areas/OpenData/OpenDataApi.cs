using System.Globalization;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>A prefecture as the API gives it: its JIS X 0401 code and its names and region in the portal's four languages.</summary>
public sealed record ApiPrefecture(string Code, string NameJa, string NameEn, string? NameZhHans, string? NameKo, string NameKana, string RegionJa, string RegionEn);

/// <summary>A region of the eight-region grouping and the codes of its prefectures.</summary>
public sealed record ApiRegion(string RegionJa, string RegionEn, IReadOnlyList<string> PrefectureCodes);

/// <summary>A page of a list: its items and the cursor of the next page (null on the last).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>What is wrong with a list's paging parameters.</summary>
public enum ApiQueryProblem
{
    LimitOutOfRange,
    CursorNotValid,
}

/// <summary>
/// The reads of the open-data API: published reference data only, in a stable order (by code), paged by a cursor that
/// is the last code of the page before, so a page never shifts when rows are added elsewhere.
/// </summary>
public sealed class OpenDataApi(AppDbContext db)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1_000;

    /// <summary>The published-data version (ADR 0005): every answer's ETag.</summary>
    public Task<long> VersionAsync(CancellationToken cancellationToken) => db.CurrentVersionAsync(cancellationToken);

    public static (int Limit, ApiQueryProblem? Problem) ParseLimit(string? limit)
    {
        if (string.IsNullOrWhiteSpace(limit))
        {
            return (DefaultLimit, null);
        }

        return int.TryParse(limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxLimit
            ? (value, null)
            : (0, ApiQueryProblem.LimitOutOfRange);
    }

    /// <summary>The prefectures after <paramref name="afterCode"/> (a valid code or null), by code.</summary>
    public async Task<ApiPage<ApiPrefecture>> PrefecturesAsync(string? afterCode, int limit, CancellationToken cancellationToken)
    {
        var query = db.Prefectures.AsNoTracking().AsQueryable();
        if (afterCode is not null)
        {
            query = query.Where(p => string.Compare(p.Code, afterCode) > 0);
        }

        var rows = await query.OrderBy(p => p.Code).Take(limit + 1)
            .Select(p => new ApiPrefecture(p.Code, p.Name.Ja, p.Name.En, p.Name.ZhHans, p.Name.Ko, p.NameKana, p.Region.Ja, p.Region.En))
            .ToListAsync(cancellationToken);
        return rows.Count > limit ? new(rows[..limit], rows[limit - 1].Code) : new(rows, null);
    }

    public Task<ApiPrefecture?> PrefectureAsync(string code, CancellationToken cancellationToken) =>
        db.Prefectures.AsNoTracking().Where(p => p.Code == code)
            .Select(p => new ApiPrefecture(p.Code, p.Name.Ja, p.Name.En, p.Name.ZhHans, p.Name.Ko, p.NameKana, p.Region.Ja, p.Region.En))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The regions in the order of their first prefecture's code (北海道 first, 九州・沖縄 last).</summary>
    public async Task<IReadOnlyList<ApiRegion>> RegionsAsync(CancellationToken cancellationToken)
    {
        var prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new { p.Code, p.Region.Ja, p.Region.En }).ToListAsync(cancellationToken);
        return prefectures.GroupBy(p => (p.Ja, p.En))
            .Select(g => new ApiRegion(g.Key.Ja, g.Key.En, g.Select(p => p.Code).ToList()))
            .ToList();
    }
}
