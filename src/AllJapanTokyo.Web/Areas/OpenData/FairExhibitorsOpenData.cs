using System.Globalization;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Fairs.Exhibitors;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>
/// A confirmed exhibitor of a fair or business meeting the portal runs, as its public exhibitor directory shows it, by the
/// application's own id: the event (id, title, fiscal year, measure code), the company's name, the prefecture it exhibits
/// for (JIS code), its enterprise-registry id, its zone (booth category) and booth (null until given), its products, and
/// whether it exhibits online. Synthetic (架空) only when asked for, and then labelled.
/// </summary>
public sealed record ApiFairExhibitor(
    int Id,
    int EventId,
    string EventNameJa,
    int FiscalYear,
    string MeasureCode,
    string NameJa,
    string PrefectureCode,
    int EnterpriseId,
    string CategoryCode,
    string CategoryNameJa,
    string? Booth,
    string ProductsJa,
    bool IsOnline,
    bool IsSynthetic)
{
    /// <summary>「架空」 on a synthetic exhibitor or event; null on a real one.</summary>
    public string? SyntheticLabel => IsSynthetic ? "架空" : null;
}

/// <summary>The filters of the fair exhibitors list; each null when not given.</summary>
public sealed record ApiFairExhibitorFilter(int? FiscalYear, string? MeasureCode, int? EventId, string? PrefectureCode, bool IncludeSynthetic);

/// <summary>
/// The reads of /api/v1/fair-exhibitors: the Fairs area's own public query of exhibitors (what /fairs/events/{id}/exhibitors
/// lists), over every event the portal runs, by id, paged by the last id of the page before.
/// </summary>
public sealed class FairExhibitorsOpenData(AppDbContext db, ExhibitorService exhibitors)
{
    public async Task<ApiPage<ApiFairExhibitor>> ExhibitorsAsync(ApiFairExhibitorFilter filter, int? afterId, int limit, CancellationToken cancellationToken)
    {
        var rows = await (
                from x in exhibitors.PublicExhibitors()
                join e in db.Events.AsNoTracking() on x.EventId equals e.Id
                join c in db.BoothCategories.AsNoTracking() on x.BoothCategoryId equals c.Id
                where e.Type != null
                    && (filter.IncludeSynthetic || (!e.IsSynthetic && !x.IsSynthetic))
                    && (afterId == null || x.Id > afterId)
                    && (filter.FiscalYear == null || e.FiscalYear == filter.FiscalYear)
                    && (filter.MeasureCode == null || e.InitiativeCode == filter.MeasureCode)
                    && (filter.EventId == null || e.Id == filter.EventId)
                    && (filter.PrefectureCode == null || x.PrefectureCode == filter.PrefectureCode)
                orderby x.Id
                select new
                {
                    x.Id, x.EventId, EventNameJa = e.NameJa, e.FiscalYear, e.InitiativeCode, x.NameJa, x.PrefectureCode, x.EnterpriseId,
                    CategoryCode = c.Code, CategoryNameJa = c.NameJa, x.BoothNumber, x.ProductsJa, x.IsOnline,
                    IsSynthetic = x.IsSynthetic || e.IsSynthetic,
                })
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(limit)
            .Select(r => new ApiFairExhibitor(r.Id, r.EventId, r.EventNameJa, r.FiscalYear, r.InitiativeCode, r.NameJa, r.PrefectureCode, r.EnterpriseId,
                r.CategoryCode, r.CategoryNameJa, r.BoothNumber is { } n ? $"{r.CategoryCode}-{n}" : null, r.ProductsJa, r.IsOnline, r.IsSynthetic))
            .ToList();
        return new(items, rows.Count > limit ? items[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }
}
