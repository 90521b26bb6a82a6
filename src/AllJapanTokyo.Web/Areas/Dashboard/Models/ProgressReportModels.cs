using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>A prefecture named in the report, linking to its profile page.</summary>
public sealed record ProgressReportPrefecture(string Code, string NameJa, string NameEn)
{
    public string Name => Display.Pick(NameJa, NameEn);

    public string Href => $"/prefectures/{Code}";
}

/// <summary>
/// One figure of a measure (IndicatorValue with the label and unit of its IndicatorDefinition). The published report
/// holds approved values only; the preview for Tokyo staff also holds the others, each marked with its review state.
/// </summary>
public sealed record ProgressReportFigure(
    int Id,
    int FiscalYear,
    string IndicatorCode,
    string LabelJa,
    string LabelEn,
    decimal Value,
    ValueQualifier Qualifier,
    string UnitJa,
    string UnitEn,
    ActivityStatus? Status,
    EventFormat? Format,
    ProgressReportPrefecture? Prefecture,
    string? NoteJa,
    IReadOnlyList<ProgressReportPrefecture> NamedPrefectures,
    ReviewState ReviewState)
{
    /// <summary>A cancelled or not-held year is reported by its status and reason, never as a zero.</summary>
    public bool IsActivityMissing => Status.DidNotTakePlace();

    public bool IsApproved => ReviewState == ReviewState.Approved;

    /// <summary>「登録企業数」, or 「参加都道府県数（新潟県）」 for a prefecture's own figure.</summary>
    public string Label => Display.Pick(LabelJa, LabelEn) + (Prefecture is { } own ? $"（{own.Name}）" : "");

    /// <summary>「36,000件以上」「約9,800頭」, or 「中止」「実施せず」 where the activity did not take place.</summary>
    public string Text => IsActivityMissing ? Display.Status(Status) : Display.Figure(Value, Qualifier, UnitJa, UnitEn);

    /// <summary>The number alone as the source gives it, or null for a year without the activity (not a zero).</summary>
    public decimal? Number => IsActivityMissing ? null : Value;

    public string Unit => Display.Pick(UnitJa, UnitEn);

    public string StatusCssClass => ProgressReportText.StatusCssClass(Status);
}

/// <summary>A dated event of a measure in the report's fiscal year, including cancelled and not-held ones.</summary>
public sealed record ProgressReportEvent(
    int Id,
    string NameJa,
    PartialDate? Start,
    PartialDate? End,
    string? VenueJa,
    ProgressReportPrefecture? Host,
    EventFormat? Format,
    ActivityStatus Status,
    string? CancelReasonJa,
    IReadOnlyList<ProgressReportCount> Counts,
    string? PartnersJa,
    string? NoteJa)
{
    public bool IsActivityMissing => Status.DidNotTakePlace();

    public bool IsOnline => Format == EventFormat.Online && !IsActivityMissing;

    public string StatusCssClass => ProgressReportText.StatusCssClass(Status);

    public string Period => Display.Period(Start, End);

    public string Venue => VenueJa ?? Host?.Name ?? "—";

    /// <summary>The count of one kind (exhibitors, business meetings …), or null when the event has none.</summary>
    public ProgressReportCount? CountOf(string indicatorCode) => Counts.FirstOrDefault(c => c.IndicatorCode == indicatorCode);
}

/// <summary>A count an event reports (商談数 217件), labelled and with the precision of the matching figure.</summary>
public sealed record ProgressReportCount(string IndicatorCode, string LabelJa, string LabelEn, int Value, ValueQualifier Qualifier, string UnitJa, string UnitEn)
{
    public string Label => Display.Pick(LabelJa, LabelEn);

    public string Text => Display.Figure(Value, Qualifier, UnitJa, UnitEn);
}

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

public sealed record ProgressReportInvestee(string CompanyNameJa, ProgressReportPrefecture? Prefecture, string? NoteJa);

/// <summary>A partner region, city or council of a tourism measure active in the report's fiscal year.</summary>
public sealed record ProgressReportPartner(
    string PartnerJa,
    int SinceFiscalYear,
    int? UntilFiscalYear,
    IReadOnlyList<ProgressReportPrefecture> Prefectures,
    string? NoteJa)
{
    public string Period => UntilFiscalYear is { } until
        ? $"{Display.FiscalYearLabel(SinceFiscalYear)}～{Display.FiscalYearLabel(until)}"
        : Display.IsEnglish ? $"Since {Display.FiscalYearLabel(SinceFiscalYear)}" : $"{Display.FiscalYearLabel(SinceFiscalYear)}～";
}

/// <summary>An antenna-shop stamp rally of the report's fiscal year (6-1).</summary>
public sealed record ProgressReportStampRally(PartialDate Start, PartialDate End, int ParticipatingShops, EventFormat Format, string UnitJa, string UnitEn)
{
    public string Period => Display.Period(Start, End);

    public string ShopsText => Display.Figure(ParticipatingShops, ValueQualifier.Exact, UnitJa, UnitEn);
}

/// <summary>A collaboration product of a Tokyo craft with a craft of another prefecture (2-2).</summary>
public sealed record ProgressReportCollaboration(
    string ProductJa,
    string TokyoCraftJa,
    string PartnerCraftJa,
    ProgressReportPrefecture? PartnerPrefecture,
    string ProgrammeJa);

/// <summary>One measure (施策) in the report: ① title, programme, the year's figures and events, and what belongs to it.</summary>
public sealed record ProgressReportMeasure(
    string Code,
    int ChapterNumber,
    int Number,
    string CircledNumber,
    string TitleJa,
    string TitleEn,
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
    public string Title => Display.Pick(TitleJa, TitleEn);

    public string Anchor => $"measure-{Code}";

    public bool HasFigures => Figures.Count > 0;

    public bool StartsLater(int fiscalYear) => SinceFiscalYear is { } since && since > fiscalYear;
}

public sealed record ProgressReportChapter(int Number, string TitleJa, string TitleEn, IReadOnlyList<ProgressReportMeasure> Measures)
{
    public string Title => Display.Pick(TitleJa, TitleEn);

    public string Anchor => $"chapter-{Number}";
}

/// <summary>/reports/{fy}: the yearly progress report (取組状況) generated from the database.</summary>
public sealed record ProgressReport(int FiscalYear, bool IsPreview, bool PreviewRefused, IReadOnlyList<ProgressReportChapter> Chapters)
{
    public IEnumerable<ProgressReportMeasure> Measures => Chapters.SelectMany(c => c.Measures);

    public int FigureCount => Measures.Sum(m => m.Figures.Count);

    public int EventCount => Measures.Sum(m => m.Events.Count);

    public int UnapprovedCount => Measures.Sum(m => m.Figures.Count(f => !f.IsApproved));

    /// <summary>「ALL JAPAN & TOKYO プロジェクト 令和2年度 取組状況」.</summary>
    public string Title => Display.IsEnglish
        ? $"ALL JAPAN & TOKYO Project: {Display.FiscalYearLabel(FiscalYear)} progress report"
        : $"ALL JAPAN & TOKYO プロジェクト {Display.FiscalYearLabel(FiscalYear)} 取組状況";
}

/// <summary>A fiscal year that has published data, for the list at /reports.</summary>
public sealed record ProgressReportYear(int FiscalYear, int FigureCount, int EventCount)
{
    public string Href => $"/reports/{FiscalYear}";
}

public sealed record ProgressReportIndexViewModel(IReadOnlyList<ProgressReportYear> Years);

/// <summary>Texts of the report that are shared by the page and the exports.</summary>
public static class ProgressReportText
{
    public static string StatusCssClass(ActivityStatus? status) => status switch
    {
        ActivityStatus.Cancelled => "status-cancelled",
        ActivityStatus.NotHeld => "status-not-held",
        _ => "",
    };

    /// <summary>「未承認（下書き）」 and so on; 「承認済み」 for approved values.</summary>
    public static string ReviewStateText(ReviewState state) => (state, Display.IsEnglish) switch
    {
        (ReviewState.Approved, false) => "承認済み",
        (ReviewState.Draft, false) => "下書き",
        (ReviewState.Submitted, false) => "提出済み（承認待ち）",
        (ReviewState.Returned, false) => "差戻し",
        (ReviewState.Approved, true) => "Approved",
        (ReviewState.Draft, true) => "Draft",
        (ReviewState.Submitted, true) => "Submitted (awaiting approval)",
        (ReviewState.Returned, true) => "Returned",
        _ => state.ToString(),
    };

    public static string QualifierText(ValueQualifier qualifier) => Display.IsEnglish
        ? qualifier switch
        {
            ValueQualifier.AtLeast => "at least",
            ValueQualifier.Approx => "about",
            _ => "",
        }
        : qualifier.ToJapanese();

    public static string NoFiguresText => Display.IsEnglish
        ? "No figures are registered for this fiscal year."
        : "当年度の実績値の登録はありません。";

    public static string OnlineText => Display.IsEnglish ? "held online" : "オンライン開催";
}
