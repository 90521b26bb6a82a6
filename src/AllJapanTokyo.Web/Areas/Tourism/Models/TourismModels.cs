using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Web.Infrastructure;

namespace AllJapanTokyo.Web.Areas.Tourism.Models;

/// <summary>A prefecture as the tourism pages name and link it.</summary>
public sealed record PrefectureRef(string Code, string NameJa, string NameEn)
{
    public string Href => $"/prefectures/{Code}";
}

/// <summary>A measure of the area (5-1 … 5-6, 6-2, 6-5).</summary>
public sealed record InitiativeRef(string Code, int ChapterNumber, int Number, string TitleJa, string TitleEn, string ProgrammeJa);

/// <summary>A partner region or city of a measure, with the fiscal years it ran (open-ended while running).</summary>
public sealed record PartnershipItem(
    int Id,
    string InitiativeCode,
    string PartnerJa,
    int SinceFiscalYear,
    int? UntilFiscalYear,
    string? NoteJa,
    IReadOnlyList<PrefectureRef> Prefectures)
{
    public string Href => $"/tourism/partners/{Id}";

    public bool IsActiveIn(int fiscalYear) =>
        fiscalYear >= SinceFiscalYear && (UntilFiscalYear is null || fiscalYear <= UntilFiscalYear);

    /// <summary>「平成27年度～」 while running, 「平成28年度～令和元年度」 once ended ("FY2015–", "FY2016–FY2019").</summary>
    public string PeriodLabel() => UntilFiscalYear is { } until
        ? $"{Display.FiscalYearLabel(SinceFiscalYear)}{Punctuation.RangeSeparator}{Display.FiscalYearLabel(until)}"
        : $"{Display.FiscalYearLabel(SinceFiscalYear)}{Punctuation.RangeSeparator}";
}

/// <summary>A measure with its partners (none for a measure the report gives no partner list for).</summary>
public sealed record InitiativePartnerships(InitiativeRef Initiative, IReadOnlyList<PartnershipItem> Partnerships);

/// <summary>A published figure of a measure (e.g. 6-5: PRイベント実施団体数 7団体 in FY2020).</summary>
public sealed record TourismFigure(
    string InitiativeCode,
    int FiscalYear,
    decimal Value,
    ValueQualifier Qualifier,
    ActivityStatus? Status,
    string LabelJa,
    string LabelEn,
    string UnitJa,
    string UnitEn,
    string? NoteJa);

public sealed record InfoCenterItem(int Id, string NameJa, string NameEn);

/// <summary>A model route, as the overview links it.</summary>
public sealed record RouteLink(int Id, string InitiativeCode, string RegionJa, string Theme, IReadOnlyList<PrefectureRef> Itinerary)
{
    public string Href => $"/tourism/routes/{Id}";
}

/// <summary>/tourism.</summary>
public sealed record TourismIndexViewModel(
    IReadOnlyList<InitiativePartnerships> PartnerMeasures,
    IReadOnlyList<int> FiscalYears,
    IReadOnlyList<RouteLink> Routes,
    InitiativeRef? InfoCenterMeasure,
    IReadOnlyList<InfoCenterItem> InfoCenters,
    InitiativeRef? PrCornerMeasure,
    TourismFigure? PrCornerFigure);

public sealed record RouteDayItem(int DayNumber, PrefectureRef Prefecture, IReadOnlyList<string> Stops);

public sealed record SpotGroup(PrefectureRef Prefecture, IReadOnlyList<string> Spots);

/// <summary>/tourism/routes/{id}: the route day by day.</summary>
public sealed record RouteViewModel(
    RouteLink Route,
    InitiativeRef Initiative,
    string SummaryJa,
    string? NoteJa,
    IReadOnlyList<RouteDayItem> Days,
    IReadOnlyList<SpotGroup> OtherSpots,
    PartnershipItem? Partnership);

/// <summary>/tourism/partners/{id}.</summary>
public sealed record PartnerViewModel(PartnershipItem Partnership, InitiativeRef Initiative, IReadOnlyList<int> FiscalYears, IReadOnlyList<RouteLink> Routes);

/// <summary>/tourism/fy/{fy}: the partners active in one fiscal year.</summary>
public sealed record FiscalYearViewModel(int FiscalYear, IReadOnlyList<int> FiscalYears, IReadOnlyList<InitiativePartnerships> PartnerMeasures)
{
    public int PartnerCount => PartnerMeasures.Sum(m => m.Partnerships.Count);
}
