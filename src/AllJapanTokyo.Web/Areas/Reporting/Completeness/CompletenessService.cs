using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting.Completeness;

/// <summary>How far the fiscal year's reports have come: expected, started, submitted, approved and late, by initiative and prefecture.</summary>
public sealed class CompletenessService(AppDbContext db, ReportStore reports, TimeProvider clock, IOptions<ReportingOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CompletenessPage> CompletenessAsync(int fiscalYear, ReportingActor actor, int? remindersSent, CancellationToken cancellationToken)
    {
        var prefectures = await db.PrefectureOptionsAsync(cancellationToken);
        var submissions = await db.ReportSubmissions.AsNoTracking().Where(s => s.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
        var initiatives = await db.Initiatives.AsNoTracking()
            .OrderBy(i => i.ChapterNumber).ThenBy(i => i.Number)
            .Select(i => new { i.Code, i.Title })
            .ToListAsync(cancellationToken);
        var now = Now;
        var window = options.Value.Window;
        var rows = initiatives
            .Select(i => new CompletenessRow(i.Code, i.Title, submissions
                .Where(s => s.InitiativeCode == i.Code)
                .ToDictionary(s => s.PrefectureCode, s => new CompletenessCell(s.PrefectureCode, s.StatusAt(now, window)))))
            .Where(r => r.Expected > 0)
            .ToList();
        return new CompletenessPage(fiscalYear, await reports.FiscalYearsAsync(cancellationToken), prefectures, rows, window.ClosesAtUtc(fiscalYear), actor.IsOfficial, remindersSent);
    }
}
