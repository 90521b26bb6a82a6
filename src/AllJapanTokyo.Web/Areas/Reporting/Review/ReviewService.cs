using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Reporting.Notifications;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Reporting.Review;

public enum ReviewOutcome
{
    Done,
    NotFound,
    Forbidden,
    WrongState,
    Conflict,
    CommentRequired,
}

/// <summary>
/// What Tokyo officials do to a prefecture's report (DHIS2's approval): approve it (values locked and published), return
/// it with a comment, or re-open entry after the window closed (a lock exception). Each step is audited, and the
/// prefecture's staff are notified in the same transaction.
/// </summary>
public sealed class ReviewService(AppDbContext db, ReportStore reports, ReportHandOvers handOvers, TimeProvider clock)
{
    /// <summary>The longest a lock exception re-opens entry for.</summary>
    public const int MaxExceptionDays = 90;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A Tokyo official approves (values locked and published) or returns (with a comment) a submitted report.</summary>
    public async Task<ReviewOutcome> ReviewAsync(ReportKey key, ReportingActor actor, bool approve, string? comment, Guid version, CancellationToken cancellationToken)
    {
        if (!actor.MayRead(key.Prefecture))
        {
            return ReviewOutcome.NotFound;
        }

        var submission = await reports.FindAsync(key, tracked: true, cancellationToken);
        if (submission is null)
        {
            return ReviewOutcome.NotFound;
        }

        if (!actor.IsOfficial)
        {
            return ReviewOutcome.Forbidden;
        }

        if (submission.State != ReviewState.Submitted)
        {
            return ReviewOutcome.WrongState;
        }

        if (submission.Version != version)
        {
            return ReviewOutcome.Conflict;
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!approve && comment is null || comment is { Length: > ReportSubmission.CommentMaxLength })
        {
            return ReviewOutcome.CommentRequired;
        }

        var now = Now;
        var values = await reports.ValuesOf(submission).ToListAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        if (approve)
        {
            submission.Approve(actor.UserName, now);
        }
        else
        {
            submission.Return(actor.UserName, comment!, now);
        }

        db.ReportingAuditEntries.Add(ValueChanges.AuditEntry(submission, approve ? AuditAction.Approved : AuditAction.Returned, null, false, null, null, comment, actor.UserName, now));
        if (approve)
        {
            await handOvers.ApprovedAsync(submission, cancellationToken);
        }
        else
        {
            await handOvers.ReturnedAsync(submission, comment!, cancellationToken);
        }

        foreach (var value in values)
        {
            value.ReviewState = submission.State;
            value.Version = Guid.NewGuid();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (approve)
            {
                // The published report and dashboards show approved values: their caches move on in this transaction.
                await db.MarkChangedAsync(now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return ReviewOutcome.Conflict;
        }

        return ReviewOutcome.Done;
    }

    /// <summary>A Tokyo official re-opens entry for one prefecture × initiative × FY after the window closed.</summary>
    public async Task<ReviewOutcome> OpenLockExceptionAsync(ReportKey key, ReportingActor actor, int days, CancellationToken cancellationToken)
    {
        var submission = await reports.FindAsync(key, tracked: true, cancellationToken);
        if (submission is null || !actor.MayRead(key.Prefecture))
        {
            return ReviewOutcome.NotFound;
        }

        if (!actor.IsOfficial)
        {
            return ReviewOutcome.Forbidden;
        }

        if (submission.State == ReviewState.Approved)
        {
            return ReviewOutcome.WrongState;
        }

        var now = Now;
        var until = now.AddDays(Math.Clamp(days, 1, MaxExceptionDays));
        submission.OpenLockException(actor.UserName, until);
        db.ReportingAuditEntries.Add(ValueChanges.AuditEntry(submission, AuditAction.LockExceptionOpened, null, false, null, ValueChanges.InstantText(until), null, actor.UserName, now));
        await handOvers.ReopenedAsync(submission, until, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ReviewOutcome.Done;
    }
}
