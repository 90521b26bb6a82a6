using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard.Reports;

/// <summary>
/// Generates the yearly progress report (取組状況) of the project from the database: the six chapters, the 26 measures
/// with the figures and events of the fiscal year, and what belongs to a measure (fund investees, tourism partners,
/// stamp rallies, craft collaborations), each read by <see cref="ProgressReportSections"/>. Synthetic rows are never
/// read. The published report holds approved values only; the preview (Tokyo staff) holds every value with its
/// review state.
/// </summary>
public sealed class ProgressReportService(AppDbContext db, ProgressReportSections sections)
{
    /// <summary>The fiscal years with published data (approved figures, events or stamp rallies), oldest first.</summary>
    public async Task<IReadOnlyList<ProgressReportYear>> YearsAsync(CancellationToken cancellationToken)
    {
        var figures = await db.IndicatorValues.AsNoTracking()
            .Where(IndicatorValue.IsPublished)
            .GroupBy(v => v.FiscalYear)
            .Select(g => new { FiscalYear = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.FiscalYear, g => g.Count, cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Where(Event.IsPublished)
            .GroupBy(e => e.FiscalYear)
            .Select(g => new { FiscalYear = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.FiscalYear, g => g.Count, cancellationToken);
        var rallies = await db.StampRallies.AsNoTracking().Select(r => r.FiscalYear).Distinct().ToListAsync(cancellationToken);

        return figures.Keys.Concat(events.Keys).Concat(rallies)
            .Where(FiscalYear.IsValid)
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
        if (!FiscalYear.IsValid(fiscalYear))
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
            .Select(p => new PrefectureRef(p.Code, p.Name))
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var chapters = await db.Chapters.AsNoTracking().OrderBy(c => c.Number).Select(c => new { c.Number, c.Title }).ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking()
            .OrderBy(i => i.ChapterNumber).ThenBy(i => i.Number)
            .ToListAsync(cancellationToken);

        var figures = await sections.FiguresThroughAsync(fiscalYear, preview, prefectures, cancellationToken);
        var events = await sections.EventsAsync(fiscalYear, figures, prefectures, cancellationToken);
        var partners = await sections.PartnersAsync(fiscalYear, prefectures, cancellationToken);
        var rallies = await sections.StampRalliesAsync(fiscalYear, cancellationToken);
        var fund = await sections.FundAsync(fiscalYear, figures, prefectures, cancellationToken);
        var collaborations = await sections.CollaborationsAsync(fiscalYear, prefectures, cancellationToken);

        var measures = initiatives.Select(i =>
            {
                var own = figures.Where(f => f.InitiativeCode == i.Code).Select(f => f.Figure).ToList();
                return new ProgressReportMeasure(
                    i.Code,
                    i.ChapterNumber,
                    i.Number,
                    i.CircledNumber,
                    i.Title,
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
            .Select(c => new ProgressReportChapter(c.Number, c.Title, measures.Where(m => m.ChapterNumber == c.Number).ToList()))
            .ToList();
        return new ProgressReport(fiscalYear, preview, previewRefused, reportChapters);
    }
}
