using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Web.Areas.Reporting.Reports;

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
    Invalid,
    SavedMeanwhile,
    NotEditable,
    CommentRequired,
    ChangedMeanwhile,
    NotAllowedNow,
}

public static class FormNotices
{
    public static bool IsError(this FormNotice notice) => notice is not (FormNotice.Saved or FormNotice.Submitted or FormNotice.Approved or FormNotice.Returned or FormNotice.EntryReopened);

    /// <summary>The notice of a redirect's ?done=saved, submitted, approved, returned, exception.</summary>
    public static FormNotice? FromDone(string? done) => done switch
    {
        "saved" => FormNotice.Saved,
        "submitted" => FormNotice.Submitted,
        "approved" => FormNotice.Approved,
        "returned" => FormNotice.Returned,
        "exception" => FormNotice.EntryReopened,
        _ => null,
    };
}

public sealed record FormPage(
    ReportKey Key,
    LocalizedText InitiativeTitle,
    LocalizedText PrefectureName,
    ReviewState State,
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
    IReadOnlyList<FormField> Fields,
    IReadOnlyList<RuleFinding> Findings,
    FormNotice? Notice = null)
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
