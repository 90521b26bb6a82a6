using System.Linq.Expressions;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;

namespace AllJapanTokyo.Domain.Reporting;

/// <summary>
/// One prefecture's report on one initiative for one fiscal year. Its existence means the prefecture is expected to
/// report (the assignment); it carries the workflow state the values follow, the return comment, and the lock exception.
/// The state and its stamps change only through <see cref="Touch"/>, <see cref="Submit"/>, <see cref="Return"/>,
/// <see cref="Approve"/> and <see cref="OpenLockException"/> (EF sets the private setters when it reads a row).
/// </summary>
public class ReportSubmission
{
    public const int CommentMaxLength = 1000;

    private DateTime? _lockExceptionUntilUtc;

    private string? _lockExceptionBy;

    public int Id { get; set; }

    public int FiscalYear { get; init; }

    public required string InitiativeCode { get; init; }

    public required string PrefectureCode { get; init; }

    /// <summary>
    /// A demonstration report (架空データ, Development only): it and its values are synthetic, so nothing entered in it
    /// is ever published, whatever its state.
    /// </summary>
    public bool IsSynthetic { get; init; }

    public ReviewState State { get; private set; } = ReviewState.Draft;

    /// <summary>Held, cancelled or not held this fiscal year; null until entered.</summary>
    public ActivityStatus? ActivityStatus { get; set; }

    /// <summary>Why the activity was cancelled or not held.</summary>
    public string? ActivityReasonJa { get; set; }

    /// <summary>The official's comment when the report was returned.</summary>
    public string? ReturnCommentJa { get; private set; }

    public string? LastSavedBy { get; private set; }

    public DateTime? LastSavedAtUtc { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }

    /// <summary>
    /// Until when a Tokyo official has re-opened entry after the window closed (DHIS2's lock exception). Given when a
    /// report is created (set-up, tests), afterwards only through <see cref="OpenLockException"/>.
    /// </summary>
    public DateTime? LockExceptionUntilUtc { get => _lockExceptionUntilUtc; init => _lockExceptionUntilUtc = value; }

    public string? LockExceptionBy { get => _lockExceptionBy; init => _lockExceptionBy = value; }

    /// <summary>Optimistic concurrency token, renewed on every change (the IndicatorValue.Version pattern).</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    /// <summary>Prefecture staff may change values while the report is a draft or was returned (and entry is open), for queries.</summary>
    public static Expression<Func<ReportSubmission, bool>> AwaitsEntry { get; } = s => s.State == ReviewState.Draft || s.State == ReviewState.Returned;

    /// <summary>Someone has worked on the report: saved it once, or it has moved on from a draft. A report not started may be withdrawn.</summary>
    public static Expression<Func<ReportSubmission, bool>> IsStarted { get; } = s => s.LastSavedAtUtc != null || s.State != ReviewState.Draft;

    private static readonly Func<ReportSubmission, bool> AwaitsEntryNow = AwaitsEntry.Compile();

    private static readonly Func<ReportSubmission, bool> IsStartedNow = IsStarted.Compile();

    /// <summary><see cref="AwaitsEntry"/> for a report in memory.</summary>
    public bool IsEditableState => AwaitsEntryNow(this);

    /// <summary><see cref="IsStarted"/> for a report in memory.</summary>
    public bool HasStarted => IsStartedNow(this);

    public bool HasLockException(DateTime nowUtc) => LockExceptionUntilUtc is { } until && until > nowUtc;

    public bool IsEntryOpen(DateTime nowUtc, EntryWindow window) => window.IsOpen(FiscalYear, nowUtc) || HasLockException(nowUtc);

    /// <summary>Not submitted although the window has closed (and no lock exception re-opens it).</summary>
    public bool IsLate(DateTime nowUtc, EntryWindow window) => IsEditableState && window.IsClosed(FiscalYear, nowUtc) && !HasLockException(nowUtc);

    /// <summary>The one status the report's pages show (<see cref="ReportStatus"/>).</summary>
    public ReportStatus StatusAt(DateTime nowUtc, EntryWindow window) => State switch
    {
        ReviewState.Approved => ReportStatus.Approved,
        ReviewState.Submitted => ReportStatus.Submitted,
        _ when IsLate(nowUtc, window) => ReportStatus.Overdue,
        ReviewState.Returned => ReportStatus.Returned,
        _ when HasStarted => ReportStatus.Draft,
        _ => ReportStatus.NotStarted,
    };

    /// <summary>Until when values may be entered: the end of the window, or of a lock exception that runs longer.</summary>
    public DateTime EntryDeadlineUtc(DateTime nowUtc, EntryWindow window) =>
        HasLockException(nowUtc) && LockExceptionUntilUtc!.Value > window.ClosesAtUtc(FiscalYear) ? LockExceptionUntilUtc.Value : window.ClosesAtUtc(FiscalYear);

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
        _lockExceptionBy = by;
        _lockExceptionUntilUtc = untilUtc;
        Version = Guid.NewGuid();
    }
}
