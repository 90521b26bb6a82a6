using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;

namespace AllJapanTokyo.Domain.Reporting;

/// <summary>
/// One prefecture's report on one initiative for one fiscal year. Its existence means the prefecture is expected to
/// report (the assignment); it carries the workflow state the values follow, the return comment, and the lock exception.
/// </summary>
public class ReportSubmission
{
    public const int CommentMaxLength = 1000;

    public int Id { get; set; }

    public int FiscalYear { get; set; }

    public required string InitiativeCode { get; set; }

    public required string PrefectureCode { get; set; }

    public ReviewState State { get; set; } = ReviewState.Draft;

    /// <summary>Held, cancelled or not held this fiscal year; null until entered.</summary>
    public ActivityStatus? ActivityStatus { get; set; }

    /// <summary>Why the activity was cancelled or not held.</summary>
    public string? ActivityReasonJa { get; set; }

    /// <summary>The official's comment when the report was returned.</summary>
    public string? ReturnCommentJa { get; set; }

    public string? LastSavedBy { get; set; }

    public DateTime? LastSavedAtUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    /// <summary>Until when a Tokyo official has re-opened entry after the window closed (DHIS2's lock exception).</summary>
    public DateTime? LockExceptionUntilUtc { get; set; }

    public string? LockExceptionBy { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every change (the IndicatorValue.Version pattern).</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsActivityMissing => ActivityStatus is Common.ActivityStatus.Cancelled or Common.ActivityStatus.NotHeld;

    /// <summary>Prefecture staff may change values while the report is a draft or was returned, and entry is open.</summary>
    public bool IsEditableState => State is ReviewState.Draft or ReviewState.Returned;

    public bool HasLockException(DateTime nowUtc) => LockExceptionUntilUtc is { } until && until > nowUtc;

    public bool IsEntryOpen(DateTime nowUtc, EntryWindow window) => window.IsOpen(FiscalYear, nowUtc) || HasLockException(nowUtc);

    public void Touch(string by, DateTime nowUtc)
    {
        LastSavedBy = by;
        LastSavedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    public void Submit(string by, DateTime nowUtc)
    {
        if (!IsEditableState)
        {
            throw new InvalidOperationException($"A {State} report cannot be submitted.");
        }

        State = ReviewState.Submitted;
        SubmittedBy = by;
        SubmittedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    public void Return(string by, string comment, DateTime nowUtc)
    {
        if (State != ReviewState.Submitted)
        {
            throw new InvalidOperationException($"A {State} report cannot be returned.");
        }

        State = ReviewState.Returned;
        ReturnCommentJa = comment;
        ReviewedBy = by;
        ReviewedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    public void Approve(string by, DateTime nowUtc)
    {
        if (State != ReviewState.Submitted)
        {
            throw new InvalidOperationException($"A {State} report cannot be approved.");
        }

        State = ReviewState.Approved;
        ReviewedBy = by;
        ReviewedAtUtc = nowUtc;
        Version = Guid.NewGuid();
    }

    public void OpenLockException(string by, DateTime untilUtc)
    {
        LockExceptionBy = by;
        LockExceptionUntilUtc = untilUtc;
        Version = Guid.NewGuid();
    }
}
