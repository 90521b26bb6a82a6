using System.Linq.Expressions;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Tourism.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Tourism;

/// <summary>
/// The use cases of the Tourism area: partner regions and cities of measures 5-1 … 5-6, the model route,
/// the tourist information centres (6-2) and the regional tourism PR corner in the TMG building (6-5).
/// </summary>
public sealed class TourismService(AppDbContext db)
{
    /// <summary>The chapter whose measures have partner regions and cities (日本各地と連携した外国人旅行者誘致).</summary>
    public const int PartnerChapter = 5;

    public const string InfoCenterInitiative = "6-2";

    public const string PrCornerInitiative = "6-5";

    public const string PrEventIndicator = "pr_event_organizations";

    /// <summary>The measures of chapter 6 whose events are regional tourism PR (ふるさと祭り東京's booth and its ご当地マラソン, the joint events, 東京味わいフェスタ).</summary>
    public static readonly IReadOnlyList<string> EventInitiatives = ["6-3", "6-4", "6-6"];

    /// <summary>The events of <see cref="EventInitiatives"/>, latest first; one not yet begun (by Japan's date) and not cancelled is upcoming.</summary>
    public async Task<List<MeasureEventItem>> GetEventsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking()
            .Where(Domain.Events.Event.IsPublished)
            .Where(e => EventInitiatives.Contains(e.InitiativeCode))
            .Select(e => new { e.Id, e.InitiativeCode, e.FiscalYear, e.NameJa, e.Start, e.VenueJa, e.Status, e.CancelReasonJa })
            .ToListAsync(cancellationToken);
        return events
            .Select(e => new MeasureEventItem(e.Id, e.InitiativeCode, e.FiscalYear, e.NameJa, e.Start, e.VenueJa, e.Status, e.CancelReasonJa,
                e.Status is ActivityStatus.Held or ActivityStatus.Ongoing && e.Start is { } start && start.EarliestDay > today))
            .OrderByDescending(e => e.FiscalYear).ThenByDescending(e => e.Start).ThenBy(e => e.Id)
            .ToList();
    }

    public async Task<TourismIndexViewModel> GetIndexAsync(CancellationToken cancellationToken)
    {
        var initiatives = await InitiativesAsync(cancellationToken);
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var partnerships = await PartnershipsAsync(prefectures, cancellationToken);
        var routes = await RoutesAsync(prefectures, cancellationToken);
        var centers = await db.TouristInfoCenters.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new InfoCenterItem(c.Id, c.NameJa, c.NameEn))
            .ToListAsync(cancellationToken);
        var prFigure = await LatestFigureAsync(PrCornerInitiative, PrEventIndicator, cancellationToken);

        return new TourismIndexViewModel(
            ByMeasure(initiatives, partnerships),
            FiscalYearsOf(partnerships),
            routes,
            initiatives.SingleOrDefault(i => i.Code == InfoCenterInitiative),
            centers,
            initiatives.SingleOrDefault(i => i.Code == PrCornerInitiative),
            prFigure);
    }

    /// <summary>The partners active in <paramref name="fiscalYear"/>; null outside the years the report covers.</summary>
    public async Task<FiscalYearViewModel?> GetFiscalYearAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var fiscalYears = FiscalYearsOf(await PartnershipsAsync(prefectures, cancellationToken));
        if (!fiscalYears.Contains(fiscalYear))
        {
            return null;
        }

        var initiatives = await InitiativesAsync(cancellationToken);
        var active = await PartnershipsAsync(prefectures, cancellationToken, TourismPartnership.ActiveIn(fiscalYear));
        var measures = ByMeasure(initiatives, active).Where(m => m.Partnerships.Count > 0).ToList();
        return new FiscalYearViewModel(fiscalYear, fiscalYears, measures);
    }

    public async Task<PartnerViewModel?> GetPartnerAsync(int id, CancellationToken cancellationToken)
    {
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var partnerships = await PartnershipsAsync(prefectures, cancellationToken);
        if (partnerships.SingleOrDefault(p => p.Id == id) is not { } partnership)
        {
            return null;
        }

        var initiatives = await InitiativesAsync(cancellationToken);
        var routes = (await RoutesAsync(prefectures, cancellationToken)).Where(r => Serves(r, partnership)).ToList();
        return new PartnerViewModel(partnership, initiatives.Single(i => i.Code == partnership.InitiativeCode), FiscalYearsOf(partnerships), routes);
    }

    public async Task<RouteViewModel?> GetRouteAsync(int id, CancellationToken cancellationToken)
    {
        var route = await db.TouristRoutes.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new
            {
                r.Id,
                r.InitiativeCode,
                r.RegionJa,
                r.Theme,
                r.SummaryJa,
                r.NoteJa,
                r.NameEn,
                Days = r.Days.OrderBy(d => d.DayNumber).Select(d => new
                {
                    d.DayNumber,
                    d.PrefectureCode,
                    Stops = d.Stops.OrderBy(s => s.Order).Select(s => new RouteStopItem(s.Id, s.Order, s.NameJa, s.WhatToSeeJa, s.AccessJa, s.TimeJa, s.Latitude, s.Longitude, s.NameEn)).ToList(),
                }).ToList(),
                Spots = r.OtherSpots.OrderBy(s => s.Id).Select(s => new { s.PrefectureCode, s.NameJa }).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (route is null)
        {
            return null;
        }

        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var initiatives = await InitiativesAsync(cancellationToken);
        var link = new RouteLink(route.Id, route.InitiativeCode, route.RegionJa, route.Theme, Itinerary(route.Days.Select(d => d.PrefectureCode), prefectures), route.NameEn);
        var partnership = (await PartnershipsAsync(prefectures, cancellationToken)).FirstOrDefault(p => Serves(link, p));
        return new RouteViewModel(
            link,
            initiatives.Single(i => i.Code == route.InitiativeCode),
            route.SummaryJa,
            route.NoteJa,
            route.Days.Select(d => new RouteDayItem(d.DayNumber, prefectures.Option(d.PrefectureCode), d.Stops)).ToList(),
            route.Spots
                .GroupBy(s => s.PrefectureCode)
                .Select(g => new SpotGroup(prefectures.Option(g.Key), g.Select(s => s.NameJa).ToList()))
                .ToList(),
            partnership);
    }

    /// <summary>From the first partnership's fiscal year to the last one the report covers.</summary>
    private static List<int> FiscalYearsOf(List<PartnershipItem> partnerships)
    {
        if (partnerships.Count == 0)
        {
            return [];
        }

        var first = partnerships.Min(p => p.SinceFiscalYear);
        var last = ProgrammeDataSeeder.ReportedThroughFiscalYear;
        return first > last ? [] : Enumerable.Range(first, last - first + 1).ToList();
    }

    private static List<InitiativePartnerships> ByMeasure(IEnumerable<InitiativeRef> initiatives, List<PartnershipItem> partnerships) =>
        initiatives
            .Where(i => i.ChapterNumber == PartnerChapter)
            .Select(i => new InitiativePartnerships(i, partnerships.Where(p => p.InitiativeCode == i.Code).ToList()))
            .ToList();

    /// <summary>A route of a measure serves the partner region it is named after (北陸 → 北陸地域).</summary>
    private static bool Serves(RouteLink route, PartnershipItem partnership) =>
        route.InitiativeCode == partnership.InitiativeCode && partnership.PartnerJa.StartsWith(route.RegionJa, StringComparison.Ordinal);

    private static List<PrefectureOption> Itinerary(IEnumerable<string> codes, PrefectureNames prefectures) =>
        codes.Distinct().Select(prefectures.Option).ToList();

    private Task<List<InitiativeRef>> InitiativesAsync(CancellationToken cancellationToken) =>
        db.Initiatives.AsNoTracking()
            .Where(i => i.Area == PortalArea.Tourism)
            .OrderBy(i => i.ChapterNumber).ThenBy(i => i.Number)
            .Select(i => new InitiativeRef(i.Code, i.ChapterNumber, i.Number, i.Title, i.ProgrammeJa))
            .ToListAsync(cancellationToken);

    /// <summary>The partnerships in the report's order; only those <paramref name="filter"/> keeps where it is given.</summary>
    public async Task<List<PartnershipItem>> PartnershipsAsync(
        PrefectureNames prefectures, CancellationToken cancellationToken, Expression<Func<TourismPartnership, bool>>? filter = null)
    {
        var rows = await db.TourismPartnerships.AsNoTracking()
            .Where(filter ?? (p => true))
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.InitiativeCode,
                p.PartnerJa,
                p.SinceFiscalYear,
                p.UntilFiscalYear,
                p.NoteJa,
                Codes = p.Prefectures.OrderBy(x => x.PrefectureCode).Select(x => x.PrefectureCode).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(p => new PartnershipItem(p.Id, p.InitiativeCode, p.PartnerJa, p.SinceFiscalYear, p.UntilFiscalYear, p.NoteJa, p.Codes.Select(c => prefectures.Option(c)).ToList()))
            .ToList();
    }

    private async Task<List<RouteLink>> RoutesAsync(PrefectureNames prefectures, CancellationToken cancellationToken)
    {
        var rows = await db.TouristRoutes.AsNoTracking()
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.InitiativeCode, r.RegionJa, r.Theme, r.NameEn, Codes = r.Days.OrderBy(d => d.DayNumber).Select(d => d.PrefectureCode).ToList() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RouteLink(r.Id, r.InitiativeCode, r.RegionJa, r.Theme, Itinerary(r.Codes, prefectures), r.NameEn)).ToList();
    }

    /// <summary>The latest approved, real, programme-wide value of an indicator of a measure.</summary>
    private Task<TourismFigure?> LatestFigureAsync(string initiativeCode, string indicatorCode, CancellationToken cancellationToken) =>
        (from v in db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublished)
         join d in db.IndicatorDefinitions.AsNoTracking() on v.IndicatorCode equals d.Code
         where v.InitiativeCode == initiativeCode && v.IndicatorCode == indicatorCode && v.PrefectureCode == null
         orderby v.FiscalYear descending
         select new TourismFigure(v.InitiativeCode, v.FiscalYear, v.Value, v.Qualifier, v.ActivityStatus, d.Label, d.Unit, v.NoteJa))
        .FirstOrDefaultAsync(cancellationToken);
}
