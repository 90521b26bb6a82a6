using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// Generates the yearly progress report (取組状況) of the project from the database: the six chapters, the 26 measures
/// with the figures and events of the fiscal year, and what belongs to a measure (fund investees, tourism partners,
/// stamp rallies, craft collaborations). Synthetic rows are never read. The published report holds approved values
/// only; the preview (Tokyo staff) holds every value with its review state.
/// </summary>
public sealed class ProgressReportService(AppDbContext db)
{
    /// <summary>The figure whose presence in a year means the report of that year names the fund's investees.</summary>
    public const string InvesteeIndicator = "investee_companies";

    /// <summary>The figure counting collaboration products born in a year (2-2).</summary>
    public const string CollaborationIndicator = "collab_products";

    /// <summary>Event counts and the indicator that labels them.</summary>
    private static readonly (string Code, Func<EventCounts, int?> Read)[] EventCountIndicators =
    [
        ("exhibitors", e => e.Exhibitors),
        ("business_meetings", e => e.BusinessMeetings),
        ("participating_prefectures", e => e.ParticipatingPrefectures),
        ("visitors", e => e.Visitors),
    ];

    /// <summary>The fiscal years with published data (approved figures, events or stamp rallies), oldest first.</summary>
    public async Task<IReadOnlyList<ProgressReportYear>> YearsAsync(CancellationToken cancellationToken)
    {
        var figures = await db.IndicatorValues.AsNoTracking()
            .Where(IndicatorValue.IsPublished)
            .GroupBy(v => v.FiscalYear)
            .Select(g => new { FiscalYear = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.FiscalYear, g => g.Count, cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Where(e => !e.IsSynthetic)
            .GroupBy(e => e.FiscalYear)
            .Select(g => new { FiscalYear = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.FiscalYear, g => g.Count, cancellationToken);
        var rallies = await db.StampRallies.AsNoTracking().Select(r => r.FiscalYear).Distinct().ToListAsync(cancellationToken);

        return figures.Keys.Concat(events.Keys).Concat(rallies)
            .Where(IsFiscalYear)
            .Distinct()
            .Order()
            .Select(y => new ProgressReportYear(y, figures.GetValueOrDefault(y), events.GetValueOrDefault(y)))
            .ToList();
    }

    /// <summary>
    /// The report of <paramref name="fiscalYear"/>; null when the year has no published data (nor, in a preview,
    /// any value at all). <paramref name="preview"/> includes values that are not yet approved.
    /// </summary>
    public async Task<ProgressReport?> ReportAsync(int fiscalYear, bool preview, bool previewRefused, CancellationToken cancellationToken)
    {
        if (!IsFiscalYear(fiscalYear))
        {
            return null;
        }

        var years = await YearsAsync(cancellationToken);
        var known = years.Any(y => y.FiscalYear == fiscalYear)
                    || (preview && await db.IndicatorValues.AnyAsync(v => !v.IsSynthetic && v.FiscalYear == fiscalYear, cancellationToken));
        if (!known)
        {
            return null;
        }

        var prefectures = await db.Prefectures.AsNoTracking()
            .Select(p => new ProgressReportPrefecture(p.Code, p.Name.Ja, p.Name.En))
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var definitions = await db.IndicatorDefinitions.AsNoTracking()
            .ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        var chapters = await db.Chapters.AsNoTracking().OrderBy(c => c.Number).ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking()
            .OrderBy(i => i.ChapterNumber).ThenBy(i => i.Number)
            .ToListAsync(cancellationToken);

        var figures = await FiguresThroughAsync(fiscalYear, preview, prefectures, cancellationToken);
        var events = await EventsAsync(fiscalYear, figures, definitions, prefectures, cancellationToken);
        var partners = await PartnersAsync(fiscalYear, prefectures, cancellationToken);
        var rallyUnit = definitions.GetValueOrDefault("participating_shops");
        var rallies = (await db.StampRallies.AsNoTracking()
                .Where(r => r.FiscalYear == fiscalYear)
                .OrderBy(r => r.Id)
                .Select(r => new { r.Start, r.End, r.ParticipatingShops, r.Format })
                .ToListAsync(cancellationToken))
            .Select(r => new ProgressReportStampRally(r.Start, r.End, r.ParticipatingShops, r.Format, rallyUnit?.Unit.Ja ?? "ショップ", rallyUnit?.Unit.En ?? "shops"))
            .ToList();
        var fund = await FundAsync(fiscalYear, figures, prefectures, cancellationToken);
        var collaborations = await CollaborationsAsync(fiscalYear, prefectures, cancellationToken);

        var measures = initiatives.Select(i =>
            {
                var own = figures.Where(f => f.InitiativeCode == i.Code).Select(f => f.Figure).ToList();
                return new ProgressReportMeasure(
                    i.Code,
                    i.ChapterNumber,
                    i.Number,
                    i.CircledNumber,
                    i.Title.Ja,
                    i.Title.En,
                    i.ProgrammeJa,
                    i.SinceFiscalYear,
                    own.Where(f => f.FiscalYear == fiscalYear).ToList(),
                    events.Where(e => e.InitiativeCode == i.Code).Select(e => e.Event).ToList(),
                    own.Where(f => f.FiscalYear < fiscalYear)
                        .GroupBy(f => f.FiscalYear)
                        .OrderBy(g => g.Key)
                        .Select(g => new ProgressReportPastYear(g.Key, g.ToList()))
                        .ToList(),
                    i.Area == PortalArea.Funds ? fund : null,
                    partners.Where(p => p.InitiativeCode == i.Code).Select(p => p.Partner).ToList(),
                    i.Area == PortalArea.AntennaShops ? rallies : [],
                    i.Area == PortalArea.Crafts ? collaborations : []);
            })
            .ToList();

        var reportChapters = chapters
            .Select(c => new ProgressReportChapter(c.Number, c.Title.Ja, c.Title.En, measures.Where(m => m.ChapterNumber == c.Number).ToList()))
            .ToList();
        return new ProgressReport(fiscalYear, preview, previewRefused, reportChapters);
    }

    private static bool IsFiscalYear(int year) => year is >= FiscalYear.Earliest and <= FiscalYear.Latest;

    /// <summary>The non-synthetic figures of the fiscal year and the years before it, in the order they were reported.</summary>
    private async Task<List<(string InitiativeCode, ProgressReportFigure Figure)>> FiguresThroughAsync(
        int fiscalYear, bool includeUnapproved, Dictionary<string, ProgressReportPrefecture> prefectures, CancellationToken cancellationToken)
    {
        var rows = await (
                from v in db.IndicatorValues.AsNoTracking()
                join d in db.IndicatorDefinitions.AsNoTracking() on v.IndicatorCode equals d.Code
                where !v.IsSynthetic && v.FiscalYear <= fiscalYear && (includeUnapproved || v.ReviewState == ReviewState.Approved)
                orderby v.FiscalYear, v.Id
                select new
                {
                    v.Id,
                    v.InitiativeCode,
                    v.FiscalYear,
                    v.IndicatorCode,
                    LabelJa = d.Label.Ja,
                    LabelEn = d.Label.En,
                    v.Value,
                    v.Qualifier,
                    UnitJa = d.Unit.Ja,
                    UnitEn = d.Unit.En,
                    v.ActivityStatus,
                    v.Format,
                    v.PrefectureCode,
                    v.NoteJa,
                    v.ReviewState,
                    Named = v.Prefectures.Select(p => p.PrefectureCode).ToList(),
                })
            .ToListAsync(cancellationToken);

        return rows.Select(r => (r.InitiativeCode, new ProgressReportFigure(
                r.Id,
                r.FiscalYear,
                r.IndicatorCode,
                r.LabelJa,
                r.LabelEn,
                r.Value,
                r.Qualifier,
                r.UnitJa,
                r.UnitEn,
                r.ActivityStatus,
                r.Format,
                r.PrefectureCode is { } code ? prefectures.GetValueOrDefault(code) : null,
                r.NoteJa,
                r.Named.Order(StringComparer.Ordinal).Select(prefectures.GetValueOrDefault).OfType<ProgressReportPrefecture>().ToList(),
                r.ReviewState)))
            .ToList();
    }

    /// <summary>
    /// The non-synthetic events of the fiscal year in date order. An event's count has no qualifier of its own, so it
    /// takes the qualifier of the same figure of the measure (「約4,000人」 stays approximate).
    /// </summary>
    private async Task<List<(string InitiativeCode, ProgressReportEvent Event)>> EventsAsync(
        int fiscalYear,
        List<(string InitiativeCode, ProgressReportFigure Figure)> figures,
        Dictionary<string, IndicatorDefinition> definitions,
        Dictionary<string, ProgressReportPrefecture> prefectures,
        CancellationToken cancellationToken)
    {
        var rows = await db.Events.AsNoTracking()
            .Where(e => !e.IsSynthetic && e.FiscalYear == fiscalYear)
            .OrderBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.InitiativeCode,
                e.NameJa,
                e.Start,
                e.End,
                e.VenueJa,
                e.HostPrefectureCode,
                e.Format,
                e.Status,
                e.CancelReasonJa,
                Counts = new EventCounts(e.Exhibitors, e.BusinessMeetings, e.ParticipatingPrefectures, e.Visitors),
                e.PartnersJa,
                e.NoteJa,
            })
            .ToListAsync(cancellationToken);

        return rows
            .OrderBy(e => e.Start?.ToString() ?? "9999", StringComparer.Ordinal).ThenBy(e => e.Id)
            .Select(e =>
            {
                var missing = e.Status.DidNotTakePlace();
                var counts = missing
                    ? []
                    : EventCountIndicators
                        .Select(c => (c.Code, Value: c.Read(e.Counts)))
                        .Where(c => c.Value is not null && definitions.ContainsKey(c.Code))
                        .Select(c =>
                        {
                            var definition = definitions[c.Code];
                            var qualifier = figures.FirstOrDefault(f => f.InitiativeCode == e.InitiativeCode && f.Figure.FiscalYear == fiscalYear
                                                                        && f.Figure.IndicatorCode == c.Code && f.Figure.Prefecture is null
                                                                        && f.Figure.Value == c.Value!.Value)
                                .Figure?.Qualifier ?? ValueQualifier.Exact;
                            return new ProgressReportCount(c.Code, definition.Label.Ja, definition.Label.En, c.Value!.Value, qualifier, definition.Unit.Ja, definition.Unit.En);
                        })
                        .ToList();
                return (e.InitiativeCode, new ProgressReportEvent(
                    e.Id,
                    e.NameJa,
                    e.Start,
                    e.End,
                    e.VenueJa,
                    e.HostPrefectureCode is { } host ? prefectures.GetValueOrDefault(host) : null,
                    e.Format,
                    e.Status,
                    e.CancelReasonJa,
                    counts,
                    e.PartnersJa,
                    e.NoteJa));
            })
            .ToList();
    }

    /// <summary>The tourism partners whose partnership ran in the fiscal year.</summary>
    private async Task<List<(string InitiativeCode, ProgressReportPartner Partner)>> PartnersAsync(
        int fiscalYear, Dictionary<string, ProgressReportPrefecture> prefectures, CancellationToken cancellationToken)
    {
        var rows = await db.TourismPartnerships.AsNoTracking()
            .Where(p => p.SinceFiscalYear <= fiscalYear && (p.UntilFiscalYear == null || p.UntilFiscalYear >= fiscalYear))
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                p.InitiativeCode,
                p.PartnerJa,
                p.SinceFiscalYear,
                p.UntilFiscalYear,
                p.NoteJa,
                Codes = p.Prefectures.Select(x => x.PrefectureCode).ToList(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(p => (p.InitiativeCode, new ProgressReportPartner(
                p.PartnerJa,
                p.SinceFiscalYear,
                p.UntilFiscalYear,
                p.Codes.Order(StringComparer.Ordinal).Select(prefectures.GetValueOrDefault).OfType<ProgressReportPrefecture>().ToList(),
                p.NoteJa)))
            .ToList();
    }

    /// <summary>
    /// The fund from the fiscal year it was established; its investees in a year whose figures count them
    /// (investments carry no date of their own, so they are named where the report of that year names them).
    /// </summary>
    private async Task<ProgressReportFund?> FundAsync(
        int fiscalYear,
        List<(string InitiativeCode, ProgressReportFigure Figure)> figures,
        Dictionary<string, ProgressReportPrefecture> prefectures,
        CancellationToken cancellationToken)
    {
        var fund = await db.Funds.AsNoTracking()
            .OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.NameJa, f.OperatorSelected, f.Established, f.InvestorsJa, f.NoteJa })
            .FirstOrDefaultAsync(cancellationToken);
        if (fund is null || (fund.Established is { } established && FiscalYear.Containing(established.EarliestDay).StartYear > fiscalYear))
        {
            return null;
        }

        var namesInvestees = figures.Any(f => f.Figure.FiscalYear == fiscalYear && f.Figure.IndicatorCode == InvesteeIndicator);
        var investees = namesInvestees
            ? (await db.FundInvestments.AsNoTracking()
                    .Where(i => i.FundId == fund.Id && !i.IsSynthetic)
                    .OrderBy(i => i.Id)
                    .Select(i => new { i.CompanyNameJa, i.PrefectureCode, i.NoteJa })
                    .ToListAsync(cancellationToken))
                .Select(i => new ProgressReportInvestee(i.CompanyNameJa, prefectures.GetValueOrDefault(i.PrefectureCode), i.NoteJa))
                .ToList()
            : [];
        return new ProgressReportFund(fund.NameJa, fund.OperatorSelected, fund.Established, fund.InvestorsJa, fund.NoteJa, investees);
    }

    /// <summary>
    /// The collaboration products, from the last fiscal year in which products were born (by then all of them
    /// exist; the products themselves carry no year).
    /// </summary>
    private async Task<IReadOnlyList<ProgressReportCollaboration>> CollaborationsAsync(
        int fiscalYear,
        Dictionary<string, ProgressReportPrefecture> prefectures,
        CancellationToken cancellationToken)
    {
        var lastBorn = await db.IndicatorValues.AsNoTracking()
            .Where(v => !v.IsSynthetic && v.ReviewState == ReviewState.Approved && v.IndicatorCode == CollaborationIndicator && v.Value > 0)
            .MaxAsync(v => (int?)v.FiscalYear, cancellationToken);
        if (lastBorn is null || lastBorn > fiscalYear)
        {
            return [];
        }

        return (await db.CraftCollaborations.AsNoTracking()
                .Where(c => !c.IsSynthetic)
                .OrderBy(c => c.Id)
                .Select(c => new { c.ProductJa, c.TokyoCraftJa, c.PartnerCraftJa, c.PartnerPrefectureCode, c.ProgrammeJa })
                .ToListAsync(cancellationToken))
            .Select(c => new ProgressReportCollaboration(c.ProductJa, c.TokyoCraftJa, c.PartnerCraftJa, prefectures.GetValueOrDefault(c.PartnerPrefectureCode), c.ProgrammeJa))
            .ToList();
    }

    private sealed record EventCounts(int? Exhibitors, int? BusinessMeetings, int? ParticipatingPrefectures, int? Visitors);
}
