using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard.Initiatives;

/// <summary>/dashboard/initiatives/{code}: one initiative's published figures FY2015–FY2020, its events and its prefectures per year.</summary>
public sealed class InitiativePageService(AppDbContext db, DashboardReads reads, ParticipationService participation)
{
    /// <summary>The indicator that counts the prefectures taking part (参加都道府県数).</summary>
    public const string ParticipatingPrefecturesIndicator = "participating_prefectures";

    /// <summary>The page of the initiative; null for an unknown code.</summary>
    public async Task<InitiativePage?> InitiativeAsync(string code, CancellationToken cancellationToken = default)
    {
        var initiative = await db.Initiatives.AsNoTracking()
            .Where(i => i.Code == code)
            .Select(i => new { i.Code, i.ChapterNumber, ChapterTitle = i.Chapter!.Title, i.Title, i.ProgrammeJa, i.Area, i.SinceFiscalYear })
            .SingleOrDefaultAsync(cancellationToken);
        if (initiative is null)
        {
            return null;
        }

        var prefectures = await reads.PrefectureTilesAsync(cancellationToken);
        var prefectureRefs = prefectures.ToDictionary(p => p.Code, p => p.Ref, StringComparer.Ordinal);
        var self = new InitiativeRef(initiative.Code, initiative.Title);
        var initiatives = new Dictionary<string, InitiativeRef>(StringComparer.Ordinal) { [self.Code] = self };

        var figures = await reads.FiguresAsync(v => v.InitiativeCode == code, includeUnapproved: false, prefectures, cancellationToken);
        // A series is of totals (the online part of a figure is in its total). Parts are prefectures' figures, listed below.
        var programmeFigures = figures.Where(f => f.Prefecture is null && !f.Row.OnlinePart).ToList();
        var fiscalYears = ParticipationRules.FiscalYears.Union(programmeFigures.Select(f => f.Row.FiscalYear)).Order().ToList();
        var series = programmeFigures
            .GroupBy(f => f.IndicatorCode, StringComparer.Ordinal)
            .Select(g => new IndicatorSeries(
                g.Key,
                g.First().Row.IndicatorLabel,
                g.GroupBy(f => f.Row.FiscalYear).ToDictionary(y => y.Key, y => y.First().Row.Figure)))
            .ToList();
        var notes = programmeFigures
            .Where(f => !string.IsNullOrWhiteSpace(f.Row.Figure.NoteJa))
            .Select(f => new IndicatorNote(f.Row.FiscalYear, f.Row.IndicatorLabel, f.Row.Figure.NoteJa!))
            .DistinctBy(n => (n.FiscalYear, n.NoteJa))
            .OrderBy(n => n.FiscalYear)
            .ToList();

        var events = await reads.EventsAsync(e => e.InitiativeCode == code, initiatives, prefectureRefs, cancellationToken);

        var cells = await participation.ParticipationAsync(initiativeCode: code, cancellationToken: cancellationToken);
        var byYear = fiscalYears
            .Select(fy => new FiscalYearPrefectures(
                fy,
                cells.Where(c => c.FiscalYear == fy).Select(c => DashboardReads.PrefectureOf(prefectureRefs, c.PrefectureCode)).ToList(),
                programmeFigures.FirstOrDefault(f => f.Row.FiscalYear == fy && f.IndicatorCode == ParticipatingPrefecturesIndicator).Row?.Figure))
            .ToList();

        return new InitiativePage(
            initiative.Code,
            initiative.ChapterNumber,
            initiative.ChapterTitle,
            initiative.Title,
            initiative.ProgrammeJa,
            initiative.Area,
            initiative.SinceFiscalYear,
            fiscalYears,
            series,
            notes,
            figures.Where(f => f.Prefecture is not null).Select(f => f.Row).ToList(),
            events,
            byYear);
    }
}
