using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Notifications;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using Microsoft.Extensions.Options;

namespace AllJapanTokyo.Web.Areas.Reporting.Entry;

public enum ReopeningOutcome
{
    Requested,
    NotFound,
    Forbidden,

    /// <summary>Entry is open, the report is submitted or approved, or a request already awaits Tokyo's answer.</summary>
    NotClosed,

    ReasonTooLong,
}

/// <summary>
/// Prefecture staff ask Tokyo to re-open a report whose entry window has closed: the request is audited and Tokyo's
/// reviewers are notified, who may then open a lock exception (which answers the request).
/// </summary>
public sealed class ReopeningRequestService(AppDbContext db, ReportStore reports, ReportHandOvers handOvers, TimeProvider clock, IOptions<ReportingOptions> options)
{
    public async Task<ReopeningOutcome> RequestAsync(ReportKey key, ReportingActor actor, string? reason, CancellationToken cancellationToken)
    {
        var submission = await reports.FindAsync(key, tracked: false, cancellationToken);
        if (submission is null || !actor.MayRead(key.Prefecture))
        {
            return ReopeningOutcome.NotFound;
        }

        if (!actor.MayWrite(key.Prefecture))
        {
            return ReopeningOutcome.Forbidden;
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > ReportSubmission.CommentMaxLength })
        {
            return ReopeningOutcome.ReasonTooLong;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!submission.IsEditableState || submission.IsEntryOpen(now, options.Value.Window)
            || ReopeningRequest.PendingIn(await reports.AuditAsync(submission.Id, cancellationToken)) is not null)
        {
            return ReopeningOutcome.NotClosed;
        }

        db.ReportingAuditEntries.Add(ValueChanges.AuditEntry(submission, AuditAction.ReopeningRequested, null, false, null, null, reason, actor.UserName, now));
        await handOvers.ReopeningRequestedAsync(submission, reason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ReopeningOutcome.Requested;
    }
}
