using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Reporting.History;

/// <summary>The audit trail of one report (who changed what, when, from what to what), newest first; read-only.</summary>
public sealed class HistoryService(AppDbContext db, ReportStore reports)
{
    public async Task<HistoryPage?> HistoryAsync(ReportKey key, string? indicator, ReportingActor actor, CancellationToken cancellationToken)
    {
        if (!actor.MayRead(key.Prefecture))
        {
            return null;
        }

        var head = await reports.HeadAsync(key, cancellationToken);
        if (head is null)
        {
            return null;
        }

        var query = db.ReportingAuditEntries.AsNoTracking().Where(a => a.SubmissionId == head.Id);
        if (!string.IsNullOrEmpty(indicator))
        {
            query = query.Where(a => a.IndicatorCode == indicator);
        }

        var rows = await query
            .OrderByDescending(a => a.Id)
            .Select(a => new AuditRow(
                a.ChangedAtUtc, a.ChangedBy, a.Action, a.IndicatorCode,
                db.IndicatorDefinitions.Where(d => d.Code == a.IndicatorCode).Select(d => d.Label.Ja).FirstOrDefault(),
                db.IndicatorDefinitions.Where(d => d.Code == a.IndicatorCode).Select(d => d.Label.En).FirstOrDefault(),
                a.FormatPart, a.OldValue, a.NewValue, a.Comment))
            .ToListAsync(cancellationToken);
        return new HistoryPage(key.FiscalYear, key.Initiative, head.TitleJa, head.TitleEn, key.Prefecture, head.NameJa, head.NameEn, indicator, rows);
    }
}
