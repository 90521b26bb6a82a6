using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard.Reports;

/// <summary>
/// The parts of the progress report of a fiscal year, each read on its own: the figures, the events with their
/// counts, the tourism partners, the stamp rallies, the fund and its investees, and the craft collaborations.
/// </summary>
public sealed class ProgressReportSections(AppDbContext db)
{
    /// <summary>The figure whose presence in a year means the report of that year names the fund's investees.</summary>
    public const string InvesteeIndicator = "investee_companies";

    /// <summary>The figure counting collaboration products born in a year (2-2).</summary>
    public const string CollaborationIndicator = "collab_products";

    /// <summary>The figure whose unit counts the shops of a stamp rally (6-1).</summary>
    public const string ShopsIndicator = "participating_shops";

    /// <summary>Event counts and the indicator that labels them.</summary>
    private static readonly (string Code, Func<EventCounts, int?> Read)[] EventCountIndicators =
    [
        ("exhibitors", e => e.Exhibitors),
        ("business_meetings", e => e.BusinessMeetings),
        ("participating_prefectures", e => e.ParticipatingPrefectures),
        ("visitors", e => e.Visitors),
    ];

    /// <summary>The figures of the fiscal year and the years before it, in the order they were reported: published ones, or every real one in a preview.</summary>
    public async Task<List<(string InitiativeCode, ProgressReportFigure Figure)>> FiguresThroughAsync(
        int fiscalYear, bool includeUnapproved, IReadOnlyDictionary<string, PrefectureRef> prefectures, CancellationToken cancellationToken)
    {
        var values = includeUnapproved
            ? db.IndicatorValues.AsNoTracking().Where(v => !v.IsSynthetic)
            : db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublished);
        var rows = await (
                from v in values
                join d in db.IndicatorDefinitions.AsNoTracking() on v.IndicatorCode equals d.Code
                where v.FiscalYear <= fiscalYear
                orderby v.FiscalYear, v.Id
                select new
                {
                    v.Id,
                    v.InitiativeCode,
                    v.FiscalYear,
                    v.IndicatorCode,
                    d.Label,
                    v.Value,
                    v.Qualifier,
                    d.Unit,
                    v.ActivityStatus,
                    v.Format,
                    v.IsOnlinePart,
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
                r.Label,
                r.Value,
                r.Qualifier,
                r.Unit,
                r.ActivityStatus,
                r.Format,
                r.PrefectureCode is { } code ? prefectures.GetValueOrDefault(code) : null,
                r.NoteJa,
                r.Named.Order(StringComparer.Ordinal).Select(prefectures.GetValueOrDefault).OfType<PrefectureRef>().ToList(),
                r.ReviewState,
                r.IsOnlinePart)))
            .ToList();
    }

    /// <summary>
    /// The real events of the fiscal year in date order. An event's count has no qualifier of its own, so it takes
    /// the qualifier of the same figure of the measure (「約4,000人」 stays approximate).
    /// </summary>
    public async Task<List<(string InitiativeCode, ProgressReportEvent Event)>> EventsAsync(
        int fiscalYear,
        List<(string InitiativeCode, ProgressReportFigure Figure)> figures,
        IReadOnlyDictionary<string, PrefectureRef> prefectures,
        CancellationToken cancellationToken)
    {
        var definitions = await db.IndicatorDefinitions.AsNoTracking()
            .Select(d => new { d.Code, d.Label, d.Unit })
            .ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        var rows = await db.Events.AsNoTracking()
            .Where(Event.IsPublished)
            .Where(e => e.FiscalYear == fiscalYear)
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
                var counts = e.Status.DidNotTakePlace()
                    ? []
                    : EventCountIndicators
                        .Select(c => (c.Code, Value: c.Read(e.Counts)))
                        .Where(c => c.Value is not null && definitions.ContainsKey(c.Code))
                        .Select(c =>
                        {
                            var definition = definitions[c.Code];
                            var qualifier = figures.FirstOrDefault(f => f.InitiativeCode == e.InitiativeCode && f.Figure.FiscalYear == fiscalYear
                                                                        && f.Figure.IndicatorCode == c.Code && f.Figure.Prefecture is null && !f.Figure.OnlinePart
                                                                        && f.Figure.Value == c.Value!.Value)
                                .Figure?.Qualifier ?? ValueQualifier.Exact;
                            return new ProgressReportCount(c.Code, definition.Label, c.Value!.Value, qualifier, definition.Unit);
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
    public async Task<List<(string InitiativeCode, ProgressReportPartner Partner)>> PartnersAsync(
        int fiscalYear, IReadOnlyDictionary<string, PrefectureRef> prefectures, CancellationToken cancellationToken)
    {
        var rows = await db.TourismPartnerships.AsNoTracking()
            .Where(TourismPartnership.ActiveIn(fiscalYear))
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
                p.Codes.Order(StringComparer.Ordinal).Select(prefectures.GetValueOrDefault).OfType<PrefectureRef>().ToList(),
                p.NoteJa)))
            .ToList();
    }

    /// <summary>The stamp rallies of the fiscal year, counted in the unit of the participating-shops figure.</summary>
    public async Task<IReadOnlyList<ProgressReportStampRally>> StampRalliesAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var unit = await db.IndicatorDefinitions.AsNoTracking()
            .Where(d => d.Code == ShopsIndicator)
            .Select(d => d.Unit)
            .FirstOrDefaultAsync(cancellationToken);
        return (await db.StampRallies.AsNoTracking()
                .Where(r => r.FiscalYear == fiscalYear)
                .OrderBy(r => r.Id)
                .Select(r => new { r.Start, r.End, r.ParticipatingShops, r.Format })
                .ToListAsync(cancellationToken))
            .Select(r => new ProgressReportStampRally(r.Start, r.End, r.ParticipatingShops, r.Format, unit))
            .ToList();
    }

    /// <summary>
    /// The fund from the fiscal year it was established; its investees in a year whose figures count them
    /// (investments carry no date of their own, so they are named where the report of that year names them).
    /// </summary>
    public async Task<ProgressReportFund?> FundAsync(
        int fiscalYear,
        List<(string InitiativeCode, ProgressReportFigure Figure)> figures,
        IReadOnlyDictionary<string, PrefectureRef> prefectures,
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
    /// The collaboration products of FY <paramref name="fiscalYear"/>'s report: the report's own products (they carry no
    /// year) from the last fiscal year in which its record has products born (by then all of them exist), and the
    /// development teams' products finished by the end of that fiscal year. Figures accepted from the teams' work
    /// (later years) date only the teams' products, never the record's.
    /// </summary>
    public async Task<IReadOnlyList<ProgressReportCollaboration>> CollaborationsAsync(
        int fiscalYear,
        IReadOnlyDictionary<string, PrefectureRef> prefectures,
        CancellationToken cancellationToken)
    {
        var lastBorn = await db.IndicatorValues.AsNoTracking()
            .Where(IndicatorValue.IsPublished)
            .Where(v => v.IndicatorCode == CollaborationIndicator && v.Value > 0 && v.ComputedFigureId == null)
            .MaxAsync(v => (int?)v.FiscalYear, cancellationToken);
        var recordShown = lastBorn is not null && lastBorn <= fiscalYear;

        // A fiscal year ends when 1 April (Japan time, nine hours ahead of UTC all year) of the next one begins.
        var yearEndUtc = JapanTime.UtcSpanOf(new FiscalYear(fiscalYear)).To;
        return (await db.CraftCollaborations.AsNoTracking()
                .Where(c => !c.IsSynthetic && c.IsPublished)
                .Where(c => c.TeamId == null
                    ? recordShown
                    : db.CraftTeams.Any(t => t.Id == c.TeamId && t.FinishedAtUtc != null && t.FinishedAtUtc < yearEndUtc))
                .OrderBy(c => c.Id)
                .Select(c => new { c.ProductJa, c.TokyoCraftJa, c.PartnerCraftJa, c.PartnerPrefectureCode, c.ProgrammeJa })
                .ToListAsync(cancellationToken))
            .Select(c => new ProgressReportCollaboration(c.ProductJa, c.TokyoCraftJa, c.PartnerCraftJa, prefectures.GetValueOrDefault(c.PartnerPrefectureCode), c.ProgrammeJa))
            .ToList();
    }

    private sealed record EventCounts(int? Exhibitors, int? BusinessMeetings, int? ParticipatingPrefectures, int? Visitors);
}
