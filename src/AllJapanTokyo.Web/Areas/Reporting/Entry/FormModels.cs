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

public sealed record FormPage(
    int FiscalYear,
    string InitiativeCode,
    string InitiativeTitleJa,
    string InitiativeTitleEn,
    string PrefectureCode,
    string PrefectureNameJa,
    string PrefectureNameEn,
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
    string? Message = null,
    bool MessageIsError = false)
{
    public bool IsReadOnly => ReadOnly != ReadOnlyReason.None;

    public string Url => ReportingUrls.Form(FiscalYear, InitiativeCode, PrefectureCode);

    public IEnumerable<RuleFinding> FindingsFor(string key) => Findings.Where(f => f.FieldKey == key);
}

public static class ReportingUrls
{
    public static string Form(int fiscalYear, string initiative, string prefecture) => $"/reporting/{fiscalYear}/{initiative}/{prefecture}";

    public static string History(int fiscalYear, string initiative, string prefecture, string? indicator = null) =>
        Form(fiscalYear, initiative, prefecture) + "/history" + (indicator is null ? "" : "?indicator=" + Uri.EscapeDataString(indicator));
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
