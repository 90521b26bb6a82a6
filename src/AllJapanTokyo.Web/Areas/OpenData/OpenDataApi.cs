using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>A prefecture as the API gives it: its JIS X 0401 code and its names and region in the portal's four languages.</summary>
public sealed record ApiPrefecture(string Code, string NameJa, string NameEn, string? NameZhHans, string? NameKo, string NameKana, string RegionJa, string RegionEn);

/// <summary>A region of the eight-region grouping and the codes of its prefectures.</summary>
public sealed record ApiRegion(string RegionJa, string RegionEn, IReadOnlyList<string> PrefectureCodes);

/// <summary>A page of a list: its items and the cursor of the next page (null on the last).</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>
/// One approved fiscal-year figure: its measure (initiative code), indicator, prefecture (null programme-wide), value and
/// qualifier ("", at_least, approx), activity status and format codes, whether it is the online part of a total, and
/// whether it is synthetic (架空: demonstration data, only listed when asked for).
/// </summary>
public sealed record ApiValue(int Id, int FiscalYear, string MeasureCode, string IndicatorCode, string? PrefectureCode, decimal Value,
    string Qualifier, string? ActivityStatus, string? Format, bool IsOnlinePart, bool IsSynthetic)
{
    /// <summary>「架空」 on a synthetic value, so that no copy of it passes for a fact; null on a real one.</summary>
    public string? SyntheticLabel => IsSynthetic ? "架空" : null;
}

/// <summary>The filters of the values list; each null when not given.</summary>
public sealed record ApiValueFilter(int? FiscalYear, string? MeasureCode, string? IndicatorCode, string? PrefectureCode, bool IncludeSynthetic);

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

    /// <summary>
    /// The approved values after id <paramref name="afterId"/>, by id, filtered; real ones only unless the filter asks for
    /// synthetic ones too. One indexed range read of the primary key; the filters are equality tests on its rows.
    /// </summary>
    public async Task<ApiPage<ApiValue>> ValuesAsync(ApiValueFilter filter, int? afterId, int limit, CancellationToken cancellationToken)
    {
        var query = db.IndicatorValues.AsNoTracking().Where(v => v.ReviewState == ReviewState.Approved);
        if (!filter.IncludeSynthetic)
        {
            query = query.Where(v => !v.IsSynthetic);
        }

        if (afterId is { } after)
        {
            query = query.Where(v => v.Id > after);
        }

        if (filter.FiscalYear is { } year)
        {
            query = query.Where(v => v.FiscalYear == year);
        }

        if (filter.MeasureCode is { } measure)
        {
            query = query.Where(v => v.InitiativeCode == measure);
        }

        if (filter.IndicatorCode is { } indicator)
        {
            query = query.Where(v => v.IndicatorCode == indicator);
        }

        if (filter.PrefectureCode is { } prefecture)
        {
            query = query.Where(v => v.PrefectureCode == prefecture);
        }

        var rows = await query.OrderBy(v => v.Id).Take(limit + 1)
            .Select(v => new { v.Id, v.FiscalYear, v.InitiativeCode, v.IndicatorCode, v.PrefectureCode, v.Value, v.Qualifier, v.ActivityStatus, v.Format, v.IsOnlinePart, v.IsSynthetic })
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit)
            .Select(v => new ApiValue(v.Id, v.FiscalYear, v.InitiativeCode, v.IndicatorCode, v.PrefectureCode, v.Value,
                v.Qualifier == ValueQualifier.Exact ? "exact" : v.Qualifier.ToCode(),
                v.ActivityStatus?.ToCode(), v.Format?.ToCode(), v.IsOnlinePart, v.IsSynthetic))
            .ToList();
        return new(items, rows.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }
}
