using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>
/// One figure of a measure (IndicatorValue with the label and unit of its IndicatorDefinition). The published report
/// holds approved values only; the preview for Tokyo staff also holds the others, each marked with its review state.
/// </summary>
public sealed record ProgressReportFigure(
    int Id,
    int FiscalYear,
    string IndicatorCode,
    LocalizedText Label,
    decimal Value,
    ValueQualifier Qualifier,
    LocalizedText Unit,
    ActivityStatus? Status,
    EventFormat? Format,
    PrefectureRef? Prefecture,
    string? NoteJa,
    IReadOnlyList<PrefectureRef> NamedPrefectures,
    ReviewState ReviewState,
    bool OnlinePart = false)
{
    /// <summary>A cancelled or not-held year is reported by its status and reason, never as a zero.</summary>
    public bool IsActivityMissing => Status.DidNotTakePlace();

    public bool IsApproved => ReviewState == ReviewState.Approved;

    /// <summary>The number alone as the source gives it, or null for a year without the activity (not a zero).</summary>
    public decimal? Number => IsActivityMissing ? null : Value;

    public FigureCell Cell => new(Value, Qualifier, Status, Format, Unit, NoteJa);

    public string StatusCssClass => ProgressReportStyles.Status(Status);
}

/// <summary>A dated event of a measure in the report's fiscal year, including cancelled and not-held ones.</summary>
public sealed record ProgressReportEvent(
    int Id,
    string NameJa,
    PartialDate? Start,
    PartialDate? End,
    string? VenueJa,
    PrefectureRef? Host,
    EventFormat? Format,
    ActivityStatus Status,
    string? CancelReasonJa,
    IReadOnlyList<ProgressReportCount> Counts,
    string? PartnersJa,
    string? NoteJa)
{
    public bool IsActivityMissing => Status.DidNotTakePlace();

    public bool IsOnline => Format == EventFormat.Online && !IsActivityMissing;

    public string StatusCssClass => ProgressReportStyles.Status(Status);

    /// <summary>The count of one kind (exhibitors, business meetings …), or null when the event has none.</summary>
    public ProgressReportCount? CountOf(string indicatorCode) => Counts.FirstOrDefault(c => c.IndicatorCode == indicatorCode);
}

/// <summary>A count an event reports (商談数 217件), labelled and with the precision of the matching figure.</summary>
public sealed record ProgressReportCount(string IndicatorCode, LocalizedText Label, int Value, ValueQualifier Qualifier, LocalizedText Unit);

/// <summary>The figures of one earlier fiscal year, as the report recalls the history of a measure.</summary>
public sealed record ProgressReportPastYear(int FiscalYear, IReadOnlyList<ProgressReportFigure> Figures)
{
    public IReadOnlyList<string> Notes => Figures.Select(f => f.NoteJa).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>The SME Collaboration Promotion Fund as the report of a fiscal year describes it (2-6).</summary>
public sealed record ProgressReportFund(
    string NameJa,
    PartialDate? OperatorSelected,
    PartialDate? Established,
    string? InvestorsJa,
    string? NoteJa,
    IReadOnlyList<ProgressReportInvestee> Investees);

public sealed record ProgressReportInvestee(string CompanyNameJa, PrefectureRef? Prefecture, string? NoteJa);

/// <summary>A partner region, city or council of a tourism measure active in the report's fiscal year.</summary>
public sealed record ProgressReportPartner(
    string PartnerJa,
    int SinceFiscalYear,
    int? UntilFiscalYear,
    IReadOnlyList<PrefectureRef> Prefectures,
    string? NoteJa);

/// <summary>An antenna-shop stamp rally of the report's fiscal year (6-1); the unit is that of the participating-shops indicator.</summary>
public sealed record ProgressReportStampRally(PartialDate Start, PartialDate End, int ParticipatingShops, EventFormat Format, LocalizedText? Unit);

/// <summary>A collaboration product of a Tokyo craft with a craft of another prefecture (2-2).</summary>
public sealed record ProgressReportCollaboration(
    string ProductJa,
    string TokyoCraftJa,
    string PartnerCraftJa,
    PrefectureRef? PartnerPrefecture,
    string ProgrammeJa);

/// <summary>One measure (施策) in the report: ① title, programme, the year's figures and events, and what belongs to it.</summary>
public sealed record ProgressReportMeasure(
    string Code,
    int ChapterNumber,
    int Number,
    string CircledNumber,
    LocalizedText Title,
    string ProgrammeJa,
    int? SinceFiscalYear,
    IReadOnlyList<ProgressReportFigure> Figures,
    IReadOnlyList<ProgressReportEvent> Events,
    IReadOnlyList<ProgressReportPastYear> PastYears,
    ProgressReportFund? Fund,
    IReadOnlyList<ProgressReportPartner> Partners,
    IReadOnlyList<ProgressReportStampRally> StampRallies,
    IReadOnlyList<ProgressReportCollaboration> Collaborations)
{
    public string Anchor => $"measure-{Code}";

    public bool HasFigures => Figures.Count > 0;

    public bool StartsLater(int fiscalYear) => SinceFiscalYear is { } since && since > fiscalYear;
}

public sealed record ProgressReportChapter(int Number, LocalizedText Title, IReadOnlyList<ProgressReportMeasure> Measures)
{
    public string Anchor => $"chapter-{Number}";
}

/// <summary>/reports/{fy}: the yearly progress report (取組状況) generated from the database.</summary>
public sealed record ProgressReport(int FiscalYear, bool IsPreview, bool PreviewRefused, IReadOnlyList<ProgressReportChapter> Chapters)
{
    public IEnumerable<ProgressReportMeasure> Measures => Chapters.SelectMany(c => c.Measures);

    public int FigureCount => Measures.Sum(m => m.Figures.Count);

    public int EventCount => Measures.Sum(m => m.Events.Count);

    public int UnapprovedCount => Measures.Sum(m => m.Figures.Count(f => !f.IsApproved));
}

/// <summary>A fiscal year that has published data, for the list at /reports.</summary>
public sealed record ProgressReportYear(int FiscalYear, int FigureCount, int EventCount);

public sealed record ProgressReportIndexViewModel(IReadOnlyList<ProgressReportYear> Years);

/// <summary>The style of a status in the report (the print stylesheet marks cancelled and not-held years).</summary>
public static class ProgressReportStyles
{
    public static string Status(ActivityStatus? status) => status switch
    {
        ActivityStatus.Cancelled => "status-cancelled",
        ActivityStatus.NotHeld => "status-not-held",
        _ => "",
    };
}
