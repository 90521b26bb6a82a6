using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>One indicator of an initiative across FY2015–FY2020; a year without a figure is absent.</summary>
public sealed record IndicatorSeries(string IndicatorCode, LocalizedText Label, IReadOnlyDictionary<int, FigureCell> ByFiscalYear);

/// <summary>
/// The prefectures known by name to have taken part in an initiative in one fiscal year, and the number the report
/// gives (参加都道府県数) where it gives one: often the report counts prefectures without naming them.
/// </summary>
public sealed record FiscalYearPrefectures(int FiscalYear, IReadOnlyList<PrefectureRef> Prefectures, FigureCell? ReportedCount);

/// <summary>The report's own sentence for a figure (in Japanese, as the report writes it).</summary>
public sealed record IndicatorNote(int FiscalYear, LocalizedText IndicatorLabel, string NoteJa);

/// <summary>/dashboard/initiatives/{code}.</summary>
public sealed record InitiativePage(
    string Code,
    int ChapterNumber,
    LocalizedText ChapterTitle,
    LocalizedText Title,
    string ProgrammeJa,
    PortalArea Area,
    int? SinceFiscalYear,
    IReadOnlyList<int> FiscalYears,
    IReadOnlyList<IndicatorSeries> Indicators,
    IReadOnlyList<IndicatorNote> Notes,
    IReadOnlyList<IndicatorFigureRow> PrefectureFigures,
    IReadOnlyList<EventRow> Events,
    IReadOnlyList<FiscalYearPrefectures> Participation);
