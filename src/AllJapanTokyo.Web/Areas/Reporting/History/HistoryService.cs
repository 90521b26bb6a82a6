using AllJapanTokyo.Domain.Reporting;
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

        var entries = await query
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.ChangedAtUtc, a.ChangedBy, a.Action, a.IndicatorCode, a.FormatPart, a.OldValue, a.NewValue, a.Comment })
            .ToListAsync(cancellationToken);
        var codes = entries.Where(e => e.IndicatorCode is not null).Select(e => e.IndicatorCode!).Distinct().ToList();
        var labels = await db.IndicatorDefinitions.AsNoTracking()
            .Where(d => codes.Contains(d.Code))
            .Select(d => new { d.Code, d.Label })
            .ToDictionaryAsync(d => d.Code, d => d.Label, cancellationToken);
        var rows = entries.Select(e => new AuditRow(
                e.ChangedAtUtc, e.ChangedBy, e.Action, e.IndicatorCode,
                e.IndicatorCode is null ? null : labels.GetValueOrDefault(e.IndicatorCode),
                e.FormatPart == ReportingAuditEntry.OnlineFormatPart, e.OldValue, e.NewValue, e.Comment,
                e.Action == AuditAction.LockExceptionOpened ? ValueChanges.ParseInstant(e.NewValue) : null))
            .ToList();
        return new HistoryPage(key, head.InitiativeTitle, head.PrefectureName, indicator, rows);
    }
}
