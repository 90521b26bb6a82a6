using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Web.Areas.Reporting.Reports;

namespace AllJapanTokyo.Web.Areas.Reporting.Results;

public sealed record InitiativeRef(string Code, int ChapterNumber, int Number, LocalizedText Title);

/// <summary>A reported figure with where it stands in review (承認済み …).</summary>
public sealed record ReportedValue(
    int Id,
    int FiscalYear,
    string InitiativeCode,
    LocalizedText Label,
    decimal Value,
    ValueQualifier Qualifier,
    LocalizedText Unit,
    ActivityStatus? ActivityStatus,
    EventFormat? Format,
    string? NoteJa,
    ReviewState ReviewState,
    bool OnlinePart = false)
{
    /// <summary>A cancelled or not-held year is reported as such, never as a zero.</summary>
    public bool IsActivityMissing => ActivityStatus.DidNotTakePlace();
}

public sealed record ParticipatedEvent(string NameJa, PartialDate? Start, PartialDate? End, ActivityStatus Status, string? CancelReasonJa)
{
    public bool IsMissing => Status.DidNotTakePlace();
}

/// <summary>One initiative a prefecture took part in during one fiscal year: how, at which events, with which figures.</summary>
public sealed record InitiativeParticipation(
    InitiativeRef Initiative,
    IReadOnlyList<ParticipationRole> Roles,
    IReadOnlyList<ParticipatedEvent> Events,
    IReadOnlyList<ReportedValue> Values);

public sealed record FiscalYearParticipation(int FiscalYear, IReadOnlyList<InitiativeParticipation> Initiatives);

/// <summary>/reporting for prefectural staff: their own prefecture, FY by FY.</summary>
public sealed record PrefectureReportViewModel(
    string Code,
    LocalizedText Name,
    IReadOnlyList<FiscalYearParticipation> Years)
{
    public int InitiativeCount => Years.SelectMany(y => y.Initiatives).Select(i => i.Initiative.Code).Distinct().Count();
}

public sealed record PrefectureYearCounts(string Code, LocalizedText Name, IReadOnlyDictionary<int, int> InitiativesByYear, int InitiativesInAllYears);

/// <summary>/reporting for Tokyo officials and administrators: the 47 prefectures and the programme-wide figures.</summary>
public sealed record ProgrammeReportViewModel(
    IReadOnlyList<int> FiscalYears,
    IReadOnlyList<PrefectureYearCounts> Prefectures,
    IReadOnlyDictionary<string, InitiativeRef> Initiatives,
    IReadOnlyList<ReportedValue> ProgrammeValues,
    IReadOnlyDictionary<ReviewState, int> ReviewStateCounts);

/// <summary>
/// A report the reader works on, for the list on the start page: its one status, until when values may be entered,
/// and whether they may be now.
/// </summary>
public sealed record MyReport(ReportKey Key, LocalizedText InitiativeTitle, LocalizedText PrefectureName, ReportStatus Status, DateTime EntryDeadlineUtc, bool EntryOpen, bool IsSynthetic);
