using AllJapanTokyo.Domain.Events;
using System.Globalization;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard.Trends;

/// <summary>
/// Indicator trends: each indicator of each measure across FY2015–FY2020, from the approved programme-wide values
/// (no prefecture, never synthetic). A cancelled or not-held year keeps its status and reason, never a zero; a year
/// without any report says so.
/// </summary>
public sealed class TrendsService(AppDbContext db)
{
    public const int FirstFiscalYear = ParticipationRules.FirstFiscalYear;

    public const int LastFiscalYear = ParticipationRules.LastFiscalYear;

    private sealed record ValueRow(string InitiativeCode, string IndicatorCode, int FiscalYear, decimal Value, ValueQualifier Qualifier, ActivityStatus? Status, string? NoteJa);

    private sealed record EventRow(int FiscalYear, ActivityStatus Status, string? CancelReasonJa);

    /// <summary>Programme-wide published totals: a series never mixes a figure with the part of it held online.</summary>
    private IQueryable<IndicatorValue> Published =>
        db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublishedTotal).Where(v => v.PrefectureCode == null);

    private static IQueryable<ValueRow> Rows(IQueryable<IndicatorValue> values) =>
        values.Select(v => new ValueRow(v.InitiativeCode, v.IndicatorCode, v.FiscalYear, v.Value, v.Qualifier, v.ActivityStatus, v.NoteJa));

    private static bool IsMissing(ActivityStatus? status) => status.DidNotTakePlace();

    public async Task<TrendIndexViewModel> IndexAsync(CancellationToken cancellationToken)
    {
        var rows = await Rows(Published).ToListAsync(cancellationToken);
        var indicators = await IndicatorsAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking()
            .Select(i => new { i.Code, i.ChapterNumber, i.Number, i.Title })
            .ToListAsync(cancellationToken);
        var chapters = await db.Chapters.AsNoTracking().OrderBy(c => c.Number)
            .Select(c => new { c.Number, c.Title })
            .ToListAsync(cancellationToken);

        var result = new List<TrendChapter>();
        foreach (var chapter in chapters)
        {
            var items = new List<TrendListItem>();
            foreach (var initiative in initiatives.Where(i => i.ChapterNumber == chapter.Number).OrderBy(i => i.Number))
            {
                var pairs = rows.Where(r => r.InitiativeCode == initiative.Code && r.FiscalYear is >= FirstFiscalYear and <= LastFiscalYear)
                    .GroupBy(r => r.IndicatorCode)
                    .Where(g => indicators.ContainsKey(g.Key))
                    .OrderBy(g => g.Min(r => r.FiscalYear))
                    .ThenBy(g => g.Key, StringComparer.Ordinal);
                foreach (var pair in pairs)
                {
                    var reported = pair.Where(r => !IsMissing(r.Status)).OrderByDescending(r => r.FiscalYear).ToList();
                    var latest = reported.Count > 0 ? Point(reported[0]) : null;
                    var previous = reported.Count > 1 ? Point(reported[1]) : null;
                    var lastMissing = pair.Where(r => IsMissing(r.Status) && (latest is null || r.FiscalYear > latest.FiscalYear))
                        .OrderByDescending(r => r.FiscalYear)
                        .Select(r => new TrendYear(r.FiscalYear, TrendYearKind.Missing, null, r.Qualifier, r.Status, r.NoteJa, r.NoteJa))
                        .FirstOrDefault();
                    items.Add(new TrendListItem(initiative.Code, initiative.Title, indicators[pair.Key], latest, previous, lastMissing));
                }
            }

            if (items.Count > 0)
            {
                result.Add(new TrendChapter(chapter.Number, chapter.Title, items));
            }
        }

        return new TrendIndexViewModel(result);
    }

    /// <summary>The series of one indicator of one measure, or null when the pair has no published value.</summary>
    public async Task<TrendSeries?> SeriesAsync(string initiativeCode, string indicatorCode, CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.AsNoTracking()
            .Where(i => i.Code == initiativeCode)
            .Select(i => new { i.Code, i.ChapterNumber, i.Title })
            .SingleOrDefaultAsync(cancellationToken);
        var indicator = await db.IndicatorDefinitions.AsNoTracking()
            .Where(d => d.Code == indicatorCode)
            .Select(d => new TrendIndicator(d.Code, d.Label, d.Unit))
            .SingleOrDefaultAsync(cancellationToken);
        if (initiative is null || indicator is null)
        {
            return null;
        }

        var rows = await Rows(Published.Where(v => v.InitiativeCode == initiativeCode && v.FiscalYear >= FirstFiscalYear && v.FiscalYear <= LastFiscalYear))
            .ToListAsync(cancellationToken);
        var own = rows.Where(r => r.IndicatorCode == indicatorCode).ToList();
        if (own.Count == 0)
        {
            return null;
        }

        var events = await db.Events.AsNoTracking()
            .Where(Event.IsPublished)
            .Where(e => e.InitiativeCode == initiativeCode && e.FiscalYear >= FirstFiscalYear && e.FiscalYear <= LastFiscalYear)
            .Select(e => new EventRow(e.FiscalYear, e.Status, e.CancelReasonJa))
            .ToListAsync(cancellationToken);

        var years = new List<TrendYear>();
        for (var fy = FirstFiscalYear; fy <= LastFiscalYear; fy++)
        {
            var year = fy;
            var reason = MissingReason(events.Where(e => e.FiscalYear == year).ToList());
            var value = own.FirstOrDefault(r => r.FiscalYear == year);
            if (value is not null)
            {
                years.Add(IsMissing(value.Status)
                    ? new TrendYear(year, TrendYearKind.Missing, null, value.Qualifier, value.Status, reason ?? value.NoteJa, value.NoteJa)
                    : new TrendYear(year, TrendYearKind.Reported, value.Value, value.Qualifier, value.Status, null, value.NoteJa));
                continue;
            }

            // The indicator has no value that year: the measure may still say why (another indicator, or its events).
            var missing = rows.FirstOrDefault(r => r.FiscalYear == year && IsMissing(r.Status));
            var heldEvent = events.Any(e => e.FiscalYear == year && !IsMissing(e.Status));
            var missingEvent = events.FirstOrDefault(e => e.FiscalYear == year && IsMissing(e.Status));
            if (missing is not null && !rows.Any(r => r.FiscalYear == year && !IsMissing(r.Status)))
            {
                years.Add(new TrendYear(year, TrendYearKind.Missing, null, ValueQualifier.Exact, missing.Status, reason ?? missing.NoteJa, missing.NoteJa));
            }
            else if (missingEvent is not null && !heldEvent)
            {
                years.Add(new TrendYear(year, TrendYearKind.Missing, null, ValueQualifier.Exact, missingEvent.Status, reason, null));
            }
            else
            {
                years.Add(new TrendYear(year, TrendYearKind.NoReport, null, ValueQualifier.Exact, null, null, null));
            }
        }

        return new TrendSeries(initiative.Code, initiative.Title, initiative.ChapterNumber, indicator, years);
    }

    /// <summary>The reason a year's events were cancelled or not held, when none of them took place.</summary>
    private static string? MissingReason(List<EventRow> events) =>
        events.Count > 0 && events.All(e => IsMissing(e.Status))
            ? string.Join("／", events.Select(e => e.CancelReasonJa).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal)) is { Length: > 0 } text ? text : null
            : null;

    private static TrendPoint Point(ValueRow row) => new(row.FiscalYear, row.Value, row.Qualifier);

    private async Task<Dictionary<string, TrendIndicator>> IndicatorsAsync(CancellationToken cancellationToken) =>
        await db.IndicatorDefinitions.AsNoTracking()
            .Select(d => new TrendIndicator(d.Code, d.Label, d.Unit))
            .ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
}
