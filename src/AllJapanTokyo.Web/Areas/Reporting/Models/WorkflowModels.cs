using System.Security.Claims;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Reporting.Models;

/// <summary>Who acts: prefecture staff (their prefecture from the sign-in claim), a Tokyo official, an administrator.</summary>
public sealed record ReportingActor(string UserName, string? PrefectureCode, bool IsOfficial, bool IsAdministrator)
{
    /// <summary>Tokyo officials and administrators read every prefecture's reports.</summary>
    public bool ReadsAll => IsOfficial || IsAdministrator;

    public bool MayRead(string prefectureCode) => ReadsAll || PrefectureCode == prefectureCode;

    /// <summary>Only the prefecture's own staff enter its values.</summary>
    public bool MayWrite(string prefectureCode) => !ReadsAll && PrefectureCode == prefectureCode;

    public static ReportingActor From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.IsInRole(Roles.PrefectureStaff) ? user.PrefectureCode() : null,
        user.IsInRole(Roles.TokyoOfficial),
        user.IsInRole(Roles.Administrator));
}

public enum ReadOnlyReason
{
    None,
    Approved,
    Submitted,
    Closed,
    NotYours,
}

/// <summary>One input of the form: the total of an indicator, or its online part.</summary>
public sealed record FormField(
    string Key,
    string IndicatorCode,
    bool OnlinePart,
    string LabelJa,
    string LabelEn,
    string UnitJa,
    string UnitEn,
    string Text,
    ValueQualifier Qualifier,
    string? Comment,
    string? PreviousYear,
    decimal? HistoryMin,
    decimal? HistoryMax);

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

public sealed record AuditRow(
    DateTime ChangedAtUtc,
    string ChangedBy,
    AuditAction Action,
    string? IndicatorCode,
    string? IndicatorLabelJa,
    string? IndicatorLabelEn,
    string FormatPart,
    string? OldValue,
    string? NewValue,
    string? Comment);

public sealed record HistoryPage(
    int FiscalYear,
    string InitiativeCode,
    string InitiativeTitleJa,
    string InitiativeTitleEn,
    string PrefectureCode,
    string PrefectureNameJa,
    string PrefectureNameEn,
    string? Indicator,
    IReadOnlyList<AuditRow> Rows);

public sealed record MyReport(int FiscalYear, string InitiativeCode, string TitleJa, string TitleEn, string PrefectureCode, string PrefectureNameJa, string PrefectureNameEn, ReviewState State, bool Started, DateTime? LastSavedAtUtc);

public sealed record CompletenessCell(string PrefectureCode, ReviewState State, bool Started, bool Late);

public sealed record CompletenessRow(string InitiativeCode, string TitleJa, string TitleEn, IReadOnlyDictionary<string, CompletenessCell> Cells)
{
    public int Expected => Cells.Count;

    public int Draft => Cells.Values.Count(c => c.State is ReviewState.Draft or ReviewState.Returned && c.Started);

    public int Submitted => Cells.Values.Count(c => c.State == ReviewState.Submitted);

    public int Approved => Cells.Values.Count(c => c.State == ReviewState.Approved);

    public int Late => Cells.Values.Count(c => c.Late);
}

public sealed record PrefectureName(string Code, string NameJa, string NameEn);

public sealed record CompletenessPage(int FiscalYear, IReadOnlyList<int> FiscalYears, IReadOnlyList<PrefectureName> Prefectures, IReadOnlyList<CompletenessRow> Rows, DateTime ClosesAtUtc, bool MayRemind, string? Message);

public sealed record ImportProblem(int Line, string Message);

public sealed record ImportResult(bool Committed, int Lines, int Reports, IReadOnlyList<ImportProblem> Problems);
