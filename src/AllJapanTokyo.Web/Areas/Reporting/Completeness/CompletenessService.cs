using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting.Completeness;

/// <summary>How far the fiscal year's reports have come: expected, started, submitted, approved and late, by initiative and prefecture.</summary>
public sealed class CompletenessService(AppDbContext db, ReportStore reports, TimeProvider clock, IOptions<ReportingOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CompletenessPage> CompletenessAsync(int fiscalYear, ReportingActor actor, string? message, CancellationToken cancellationToken)
    {
        var prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).Select(p => new PrefectureName(p.Code, p.Name.Ja, p.Name.En)).ToListAsync(cancellationToken);
        var submissions = await db.ReportSubmissions.AsNoTracking()
            .Where(s => s.FiscalYear == fiscalYear)
            .Select(s => new { s.InitiativeCode, s.PrefectureCode, s.State, Started = s.LastSavedAtUtc != null, s.LockExceptionUntilUtc })
            .ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking()
            .OrderBy(i => i.ChapterNumber).ThenBy(i => i.Number)
            .Select(i => new { i.Code, TitleJa = i.Title.Ja, TitleEn = i.Title.En })
            .ToListAsync(cancellationToken);
        var now = Now;
        var closed = options.Value.Window.IsClosed(fiscalYear, now);
        var rows = initiatives
            .Select(i => new CompletenessRow(i.Code, i.TitleJa, i.TitleEn, submissions
                .Where(s => s.InitiativeCode == i.Code)
                .ToDictionary(s => s.PrefectureCode, s => new CompletenessCell(
                    s.PrefectureCode,
                    s.State,
                    s.Started,
                    Late: closed && s.State is ReviewState.Draft or ReviewState.Returned && !(s.LockExceptionUntilUtc > now)))))
            .Where(r => r.Expected > 0)
            .ToList();
        return new CompletenessPage(fiscalYear, await reports.FiscalYearsAsync(cancellationToken), prefectures, rows, options.Value.Window.ClosesAtUtc(fiscalYear), actor.IsOfficial, message);
    }
}
