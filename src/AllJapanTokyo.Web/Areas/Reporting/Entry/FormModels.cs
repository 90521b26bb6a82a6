using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Areas.Reporting.Review;

namespace AllJapanTokyo.Web.Areas.Reporting.Entry;

public enum ReadOnlyReason
{
    None,
    Approved,
    Submitted,
    Closed,
    NotYours,
}

/// <summary>What the form tells the reader after an action: done (a redirect's ?done=…) or refused.</summary>
public enum FormNotice
{
    Saved,
    Submitted,
    Approved,
    Returned,
    EntryReopened,
    ReopeningRequested,
    Invalid,
    SavedMeanwhile,
    NotEditable,
    CommentRequired,
    RequestReasonTooLong,
    ChangedMeanwhile,
    NotAllowedNow,
}

public static class FormNotices
{
    public static bool IsError(this FormNotice notice) =>
        notice is not (FormNotice.Saved or FormNotice.Submitted or FormNotice.Approved or FormNotice.Returned or FormNotice.EntryReopened or FormNotice.ReopeningRequested);

    /// <summary>The notice of a redirect's ?done=saved, submitted, approved, returned, exception, reopening.</summary>
    public static FormNotice? FromDone(string? done) => done switch
    {
        "saved" => FormNotice.Saved,
        "submitted" => FormNotice.Submitted,
        "approved" => FormNotice.Approved,
        "returned" => FormNotice.Returned,
        "exception" => FormNotice.EntryReopened,
        "reopening" => FormNotice.ReopeningRequested,
        _ => null,
    };
}

/// <summary>A prefecture's request to re-open entry that Tokyo has not answered with a lock exception yet.</summary>
public sealed record ReopeningRequest(DateTime AtUtc, string By, string? Reason)
{
    /// <summary>The last request in the audit trail, unless a lock exception was opened after it.</summary>
    public static ReopeningRequest? PendingIn(IReadOnlyList<ReportingAuditEntry> trail) =>
        trail.LastOrDefault(a => a.Action is AuditAction.ReopeningRequested or AuditAction.LockExceptionOpened) is { Action: AuditAction.ReopeningRequested } last
            ? new ReopeningRequest(last.ChangedAtUtc, last.ChangedBy, last.Comment)
            : null;
}

public sealed record FormPage(
    ReportKey Key,
    LocalizedText InitiativeTitle,
    LocalizedText PrefectureName,
    ReviewState State,
    ReportStatus Status,
    bool IsSynthetic,
    Guid Version,
    ActivityStatus? ActivityStatus,
    string? ActivityReason,
    string? ReturnComment,
    string? LastSavedBy,
    DateTime? LastSavedAtUtc,
    string? SubmittedBy,
    DateTime? SubmittedAtUtc,
    string? ReviewedBy,
    DateTime? ReviewedAtUtc,
    DateTime EntryClosesAtUtc,
    DateTime? LockExceptionUntilUtc,
    ReadOnlyReason ReadOnly,
    bool MayReview,
    bool MayOpenException,
    bool MayRequestReopening,
    ReopeningRequest? PendingReopening,
    IReadOnlyList<FormField> Fields,
    IReadOnlyList<RuleFinding> Findings,
    FormNotice? Notice = null,
    SubmissionChanges? Changes = null)
{
    public bool IsReadOnly => ReadOnly != ReadOnlyReason.None;

    public IEnumerable<RuleFinding> FindingsFor(string key) => Findings.Where(f => f.FieldKey == key);
}

/// <summary>What the form posts: the version it was read at, the activity status, and one entry per field.</summary>
public sealed class FormInput
{
    public Guid Version { get; set; }

    public string? ActivityStatus { get; set; }

    public string? ActivityReason { get; set; }

    public List<EntryInput> Entries { get; set; } = [];

    /// <summary>"save" or "submit", from the button pressed.</summary>
    public string? Command { get; set; }
}

public sealed class EntryInput
{
    public string Key { get; set; } = "";

    public string? Text { get; set; }

    public string? Qualifier { get; set; }

    public string? Comment { get; set; }
}

public enum SaveOutcome
{
    Saved,
    Submitted,
    Invalid,
    Conflict,
    ReadOnly,
    Forbidden,
    NotFound,
}

public sealed record SaveResult(SaveOutcome Outcome, IReadOnlyList<RuleFinding> Findings)
{
    public static SaveResult Of(SaveOutcome outcome) => new(outcome, []);
}
