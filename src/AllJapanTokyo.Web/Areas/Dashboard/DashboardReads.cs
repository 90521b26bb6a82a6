using System.Linq.Expressions;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// The reads several dashboard pages share: the prefectures with their tiles, the initiatives, the figures and the
/// events, each projected once into the area's models with their names in four languages.
/// </summary>
public sealed class DashboardReads(AppDbContext db)
{
    public async Task<IReadOnlyList<PrefectureTile>> PrefectureTilesAsync(CancellationToken cancellationToken) =>
        await db.Prefectures.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new PrefectureTile(p.Code, p.Name, p.Region, p.TileRow, p.TileColumn))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, InitiativeRef>> InitiativeRefsAsync(CancellationToken cancellationToken) =>
        await db.Initiatives.AsNoTracking()
            .Select(i => new InitiativeRef(i.Code, i.Title))
            .ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);

    public static InitiativeRef InitiativeOf(IReadOnlyDictionary<string, InitiativeRef> initiatives, string code) =>
        initiatives.TryGetValue(code, out var found) ? found : new InitiativeRef(code, new(code, code));

    public static PrefectureRef PrefectureOf(IReadOnlyDictionary<string, PrefectureRef> prefectures, string code) =>
        prefectures.TryGetValue(code, out var found) ? found : new PrefectureRef(code, new(code, code));

    /// <summary>
    /// The figures <paramref name="which"/> selects, with their labels and units, in initiative and fiscal-year order:
    /// the published ones, or (for those who may review them) every real one with its review state.
    /// </summary>
    public async Task<IReadOnlyList<(IndicatorFigureRow Row, string? Prefecture, string IndicatorCode)>> FiguresAsync(
        Expression<Func<IndicatorValue, bool>> which,
        bool includeUnapproved,
        IReadOnlyList<PrefectureTile> prefectures,
        CancellationToken cancellationToken)
    {
        var prefectureRefs = prefectures.ToDictionary(p => p.Code, p => p.Ref, StringComparer.Ordinal);
        var values = includeUnapproved
            ? db.IndicatorValues.AsNoTracking().Where(v => !v.IsSynthetic)
            : db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublished);
        var rows = await (
                from v in values.Where(which)
                join d in db.IndicatorDefinitions on v.IndicatorCode equals d.Code
                join i in db.Initiatives on v.InitiativeCode equals i.Code
                select new
                {
                    v.Id,
                    i.Code,
                    i.ChapterNumber,
                    i.Number,
                    i.Title,
                    v.FiscalYear,
                    v.PrefectureCode,
                    v.IndicatorCode,
                    d.Label,
                    d.Unit,
                    v.Value,
                    v.Qualifier,
                    v.ActivityStatus,
                    v.Format,
                    v.IsOnlinePart,
                    v.NoteJa,
                    v.ReviewState,
                    Named = v.Prefectures.Select(p => p.PrefectureCode).ToList(),
                })
            .ToListAsync(cancellationToken);

        return rows
            .OrderBy(r => r.ChapterNumber)
            .ThenBy(r => r.Number)
            .ThenBy(r => r.FiscalYear)
            .ThenBy(r => r.PrefectureCode, StringComparer.Ordinal)
            .ThenBy(r => r.Id)
            .Select(r => (new IndicatorFigureRow(
                    new InitiativeRef(r.Code, r.Title),
                    r.FiscalYear,
                    r.Label,
                    new FigureCell(r.Value, r.Qualifier, r.ActivityStatus, r.Format, r.Unit, r.NoteJa),
                    r.ReviewState,
                    r.PrefectureCode is not null ? [PrefectureOf(prefectureRefs, r.PrefectureCode)] : r.Named.Order(StringComparer.Ordinal).Select(c => PrefectureOf(prefectureRefs, c)).ToList(),
                    r.IsOnlinePart,
                    r.IndicatorCode),
                r.PrefectureCode,
                r.IndicatorCode))
            .ToList();
    }

    /// <summary>The real events <paramref name="which"/> selects (cancelled and not-held ones included), by year, initiative and date.</summary>
    public async Task<IReadOnlyList<EventRow>> EventsAsync(
        Expression<Func<Event, bool>> which,
        IReadOnlyDictionary<string, InitiativeRef> initiatives,
        IReadOnlyDictionary<string, PrefectureRef> prefectures,
        CancellationToken cancellationToken)
    {
        var rows = await db.Events.AsNoTracking()
            .Where(Event.IsPublished)
            .Where(which)
            .ToListAsync(cancellationToken);

        return rows
            .OrderBy(e => e.FiscalYear)
            .ThenBy(e => e.InitiativeCode, InitiativeCodeComparer.Instance)
            .ThenBy(e => e.Start?.ToString() ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Id)
            .Select(e => new EventRow(
                e.Id,
                InitiativeOf(initiatives, e.InitiativeCode),
                e.FiscalYear,
                e.NameJa,
                e.Start,
                e.End,
                e.VenueJa,
                e.HostPrefectureCode is null ? null : PrefectureOf(prefectures, e.HostPrefectureCode),
                e.Format,
                e.Status,
                e.CancelReasonJa,
                e.Exhibitors,
                e.BusinessMeetings,
                e.ParticipatingPrefectures,
                e.Visitors,
                e.PartnersJa,
                e.NoteJa))
            .ToList();
    }
}
