using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting.Results;

/// <summary>
/// The start page of reporting: which initiatives each prefecture took part in, FY by FY, the reported figures with their
/// review state, and the reports the reader works on. Synthetic rows (load-test volume) are never counted.
/// </summary>
public sealed class ResultsService(AppDbContext db, TimeProvider clock, IOptions<ReportingOptions> options)
{
    /// <summary>One prefecture's part in the programme, newest fiscal year first; null for an unknown code.</summary>
    public async Task<PrefectureReportViewModel?> PrefectureAsync(string code, CancellationToken cancellationToken)
    {
        var prefecture = await db.Prefectures.AsNoTracking()
            .Where(p => p.Code == code)
            .Select(p => new { p.Code, p.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (prefecture is null)
        {
            return null;
        }

        var initiatives = await InitiativesAsync(cancellationToken);
        var participations = await db.Participations.AsNoTracking()
            .Where(p => !p.IsSynthetic && p.PrefectureCode == code)
            .Select(p => new
            {
                p.FiscalYear,
                p.InitiativeCode,
                p.Role,
                Event = p.Event == null || p.Event.IsSynthetic
                    ? null
                    : new ParticipatedEvent(p.Event.NameJa, p.Event.Start, p.Event.End, p.Event.Status, p.Event.CancelReasonJa),
            })
            .ToListAsync(cancellationToken);
        var values = await ValuesQuery()
            .Where(v => v.PrefectureCode == code || v.Prefectures.Any(p => p.PrefectureCode == code))
            .Join(db.IndicatorDefinitions, v => v.IndicatorCode, d => d.Code, (v, d) => new ReportedValue(
                v.Id, v.FiscalYear, v.InitiativeCode, d.Label, v.Value, v.Qualifier, d.Unit, v.ActivityStatus, v.Format, v.NoteJa, v.ReviewState, v.IsOnlinePart))
            .ToListAsync(cancellationToken);

        var years = participations.Select(p => (p.FiscalYear, p.InitiativeCode))
            .Concat(values.Select(v => (v.FiscalYear, v.InitiativeCode)))
            .Distinct()
            .GroupBy(x => x.FiscalYear)
            .OrderByDescending(g => g.Key)
            .Select(year => new FiscalYearParticipation(
                year.Key,
                year.Select(x => initiatives[x.InitiativeCode])
                    .OrderBy(i => i.ChapterNumber).ThenBy(i => i.Number)
                    .Select(initiative => new InitiativeParticipation(
                        initiative,
                        participations.Where(p => p.FiscalYear == year.Key && p.InitiativeCode == initiative.Code).Select(p => p.Role).Distinct().Order().ToList(),
                        participations.Where(p => p.FiscalYear == year.Key && p.InitiativeCode == initiative.Code && p.Event is not null).Select(p => p.Event!).Distinct().ToList(),
                        values.Where(v => v.FiscalYear == year.Key && v.InitiativeCode == initiative.Code).OrderBy(v => v.Id).ToList()))
                    .ToList()))
            .ToList();
        return new PrefectureReportViewModel(prefecture.Code, prefecture.Name, years);
    }

    /// <summary>All 47 prefectures with the number of initiatives each took part in per fiscal year, and the programme-wide figures.</summary>
    public async Task<ProgrammeReportViewModel> ProgrammeAsync(CancellationToken cancellationToken)
    {
        var prefectures = await db.Prefectures.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new { p.Code, p.Name })
            .ToListAsync(cancellationToken);
        var initiatives = await InitiativesAsync(cancellationToken);

        var fromParticipations = await db.Participations.AsNoTracking()
            .Where(p => !p.IsSynthetic)
            .Select(p => new { p.PrefectureCode, p.FiscalYear, p.InitiativeCode })
            .Distinct()
            .ToListAsync(cancellationToken);
        var fromNamedValues = await ValuesQuery()
            .SelectMany(v => v.Prefectures, (v, p) => new { p.PrefectureCode, v.FiscalYear, v.InitiativeCode })
            .Distinct()
            .ToListAsync(cancellationToken);
        var fromPrefectureValues = await ValuesQuery()
            .Where(v => v.PrefectureCode != null)
            .Select(v => new { PrefectureCode = v.PrefectureCode!, v.FiscalYear, v.InitiativeCode })
            .Distinct()
            .ToListAsync(cancellationToken);
        var taken = fromParticipations.Concat(fromNamedValues).Concat(fromPrefectureValues)
            .Select(x => (x.PrefectureCode, x.FiscalYear, x.InitiativeCode))
            .ToHashSet();

        var programmeValues = await ValuesQuery()
            .Where(v => v.PrefectureCode == null)
            .Join(db.IndicatorDefinitions, v => v.IndicatorCode, d => d.Code, (v, d) => new ReportedValue(
                v.Id, v.FiscalYear, v.InitiativeCode, d.Label, v.Value, v.Qualifier, d.Unit, v.ActivityStatus, v.Format, v.NoteJa, v.ReviewState, v.IsOnlinePart))
            .ToListAsync(cancellationToken);
        programmeValues = programmeValues
            .OrderByDescending(v => v.FiscalYear)
            .ThenBy(v => initiatives[v.InitiativeCode].ChapterNumber)
            .ThenBy(v => initiatives[v.InitiativeCode].Number)
            .ThenBy(v => v.Id)
            .ToList();

        var years = taken.Select(t => t.FiscalYear).Concat(programmeValues.Select(v => v.FiscalYear)).Distinct().Order().ToList();
        var rows = prefectures.Select(p => new PrefectureYearCounts(
                p.Code,
                p.Name,
                years.ToDictionary(y => y, y => taken.Count(t => t.PrefectureCode == p.Code && t.FiscalYear == y)),
                taken.Where(t => t.PrefectureCode == p.Code).Select(t => t.InitiativeCode).Distinct().Count()))
            .ToList();
        var reviewCounts = await ValuesQuery()
            .GroupBy(v => v.ReviewState)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new ProgrammeReportViewModel(years, rows, initiatives, programmeValues, reviewCounts);
    }

    /// <summary>The reports the actor works on: staff their prefecture's, officials those awaiting review.</summary>
    public async Task<IReadOnlyList<MyReport>> MyReportsAsync(ReportingActor actor, CancellationToken cancellationToken)
    {
        var query = db.ReportSubmissions.AsNoTracking();
        if (actor.ReadsAll)
        {
            query = query.Where(s => s.State == ReviewState.Submitted);
        }
        else if (actor.PrefectureCode is { } code)
        {
            query = query.Where(s => s.PrefectureCode == code);
        }
        else
        {
            return [];
        }

        var rows = await query
            .Join(db.Initiatives, s => s.InitiativeCode, i => i.Code, (s, i) => new { s, i })
            .Join(db.Prefectures, x => x.s.PrefectureCode, p => p.Code, (x, p) => new { x.s, x.i, p })
            .OrderByDescending(x => x.s.FiscalYear).ThenBy(x => x.i.ChapterNumber).ThenBy(x => x.i.Number).ThenBy(x => x.p.Code)
            .Select(x => new { Submission = x.s, x.i.Title, x.p.Name })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var window = options.Value.Window;
        return rows.Select(r => new MyReport(
                new ReportKey(r.Submission.FiscalYear, r.Submission.InitiativeCode, r.Submission.PrefectureCode),
                r.Title,
                r.Name,
                r.Submission.StatusAt(now, window),
                r.Submission.EntryDeadlineUtc(now, window),
                r.Submission.IsEntryOpen(now, window),
                r.Submission.IsSynthetic))
            .ToList();
    }

    private IQueryable<IndicatorValue> ValuesQuery() => db.IndicatorValues.AsNoTracking().Where(v => !v.IsSynthetic);

    private async Task<Dictionary<string, InitiativeRef>> InitiativesAsync(CancellationToken cancellationToken) =>
        await db.Initiatives.AsNoTracking()
            .Select(i => new InitiativeRef(i.Code, i.ChapterNumber, i.Number, i.Title))
            .ToDictionaryAsync(i => i.Code, cancellationToken);
}
