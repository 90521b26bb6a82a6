using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard.Overview;

/// <summary>
/// /dashboard: one fiscal year across the prefectures for one metric. Only published facts are shown: synthetic rows
/// never, and of the fiscal-year figures only the approved ones of activities that took place.
/// </summary>
public sealed class OverviewService(AppDbContext db, DashboardReads reads, ParticipationService participation)
{
    /// <summary>
    /// Each prefecture's value and initiatives in <paramref name="fiscalYear"/> (Tokyo, the organiser, has no value),
    /// the metrics offered for that year, and the programme-wide figures. An <paramref name="indicator"/> the year does
    /// not offer shows the initiatives and is returned as unknown, for the page to say so.
    /// </summary>
    public async Task<DashboardOverview> OverviewAsync(int fiscalYear, string? indicator, CancellationToken cancellationToken = default)
    {
        var prefectures = await reads.PrefectureTilesAsync(cancellationToken);
        var initiatives = await reads.InitiativeRefsAsync(cancellationToken);
        var byPrefecture = ParticipationRules.InitiativesByPrefecture(await participation.ParticipationAsync(fiscalYear, cancellationToken: cancellationToken));

        // Prefecture-level published figures of the year, by initiative and indicator (the metrics beyond the two derived
        // ones): totals only, since the online part of a figure is already in its total.
        var prefectureFigures = await (
                from v in db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublishedActivity).Where(IndicatorValue.IsTotal)
                where v.FiscalYear == fiscalYear && v.PrefectureCode != null
                join d in db.IndicatorDefinitions on v.IndicatorCode equals d.Code
                join i in db.Initiatives on v.InitiativeCode equals i.Code
                select new { v.InitiativeCode, v.IndicatorCode, v.PrefectureCode, v.Value, v.Qualifier, d.Label, d.Unit, i.Title })
            .ToListAsync(cancellationToken);
        var figureMetrics = prefectureFigures
            .GroupBy(f => f.InitiativeCode + ":" + f.IndicatorCode, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.InitiativeCode, InitiativeCodeComparer.Instance)
            .ThenBy(f => f.IndicatorCode, StringComparer.Ordinal)
            .Select(f => DashboardMetric.Figure(new InitiativeRef(f.InitiativeCode, f.Title), f.IndicatorCode, f.Label, f.Unit))
            .ToList();
        IReadOnlyList<DashboardMetric> metrics = [DashboardMetric.Initiatives, DashboardMetric.Events, .. figureMetrics];

        var asked = indicator?.Trim();
        var metric = string.IsNullOrEmpty(asked) ? DashboardMetric.Initiatives : metrics.FirstOrDefault(m => m.Code == asked);
        var unknownIndicator = metric is null ? indicator : null;
        metric ??= DashboardMetric.Initiatives;

        IReadOnlyDictionary<string, (decimal Value, ValueQualifier Qualifier)> values;
        switch (metric.Kind)
        {
            case DashboardMetricKind.Initiatives:
                values = prefectures.ToDictionary(
                    p => p.Code,
                    p => ((decimal)(byPrefecture.TryGetValue(p.Code, out var codes) ? codes.Count : 0), ValueQualifier.Exact),
                    StringComparer.Ordinal);
                break;
            case DashboardMetricKind.Events:
                var counts = await db.Events.AsNoTracking()
                    .Where(Event.TookPlace)
                    .Where(e => e.FiscalYear == fiscalYear && e.HostPrefectureCode != null)
                    .GroupBy(e => e.HostPrefectureCode!)
                    .Select(g => new { Code = g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Code, g => g.Count, StringComparer.Ordinal, cancellationToken);
                values = prefectures.ToDictionary(p => p.Code, p => ((decimal)counts.GetValueOrDefault(p.Code), ValueQualifier.Exact), StringComparer.Ordinal);
                break;
            default:
                values = prefectureFigures
                    .Where(f => f.InitiativeCode + ":" + f.IndicatorCode == metric.Code)
                    .GroupBy(f => f.PrefectureCode!, StringComparer.Ordinal)
                    .ToDictionary(
                        g => g.Key,
                        g => (g.Sum(f => f.Value), g.Select(f => f.Qualifier).FirstOrDefault(q => q != ValueQualifier.Exact)),
                        StringComparer.Ordinal);
                break;
        }

        var rows = prefectures
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new PrefectureParticipationRow(
                p.Ref,
                p.Region,
                byPrefecture.TryGetValue(p.Code, out var codes) ? codes.Select(c => DashboardReads.InitiativeOf(initiatives, c)).ToList() : [],
                p.IsTokyo ? null : values.TryGetValue(p.Code, out var value) ? value.Value : null,
                p.IsTokyo ? ValueQualifier.Exact : values.TryGetValue(p.Code, out var qualified) ? qualified.Qualifier : ValueQualifier.Exact))
            .ToList();

        var programmeFigures = (await reads.FiguresAsync(v => v.PrefectureCode == null && v.FiscalYear == fiscalYear, includeUnapproved: false, prefectures, cancellationToken))
            .Select(f => f.Row)
            .ToList();

        return new DashboardOverview(fiscalYear, ParticipationRules.FiscalYears, metric, metrics, unknownIndicator, prefectures, rows, programmeFigures);
    }
}
