using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Web.Models;

namespace AllJapanTokyo.Web.Areas.Tourism.Models;

/// <summary>A measure of the area (5-1 … 5-6, 6-2, 6-5); the programme name exists in Japanese only.</summary>
public sealed record InitiativeRef(string Code, int ChapterNumber, int Number, LocalizedText Title, string ProgrammeJa);

/// <summary>A partner region or city of a measure, with the fiscal years it ran (open-ended while running).</summary>
public sealed record PartnershipItem(
    int Id,
    string InitiativeCode,
    string PartnerJa,
    int SinceFiscalYear,
    int? UntilFiscalYear,
    string? NoteJa,
    IReadOnlyList<PrefectureOption> Prefectures)
{
    public bool IsActiveIn(int fiscalYear) => TourismPartnership.Covers(SinceFiscalYear, UntilFiscalYear, fiscalYear);
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
    LocalizedText Label,
    LocalizedText Unit,
    string? NoteJa)
{
    public bool IsActivityMissing => Status.DidNotTakePlace();
}

/// <summary>A tourist information centre, named in Japanese and English by the data.</summary>
public sealed record InfoCenterItem(int Id, string NameJa, string NameEn);

/// <summary>A model route, as the overview links it: the region it leads to (in Japanese) and the prefectures of its days.</summary>
/// <remarks><paramref name="NameEn"/> is the route's romanised English name where staff gave one.</remarks>
public sealed record RouteLink(int Id, string InitiativeCode, string RegionJa, string Theme, IReadOnlyList<PrefectureOption> Itinerary, string? NameEn = null);

/// <summary>/tourism.</summary>
public sealed record TourismIndexViewModel(
    IReadOnlyList<InitiativePartnerships> PartnerMeasures,
    IReadOnlyList<int> FiscalYears,
    IReadOnlyList<RouteLink> Routes,
    InitiativeRef? InfoCenterMeasure,
    IReadOnlyList<InfoCenterItem> InfoCenters,
    InitiativeRef? PrCornerMeasure,
    TourismFigure? PrCornerFigure);

/// <summary>A stop of a day, in the day's order; its words exist in Japanese only, its place where staff entered it.</summary>
public sealed record RouteStopItem(int Id, int Order, string NameJa, string? WhatToSeeJa, string? AccessJa, string? TimeJa, double? Latitude, double? Longitude, string? NameEn = null)
{
    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}

/// <summary>One day of a route: its prefecture and its stops.</summary>
public sealed record RouteDayItem(int DayNumber, PrefectureOption Prefecture, IReadOnlyList<RouteStopItem> Stops);

public sealed record SpotGroup(PrefectureOption Prefecture, IReadOnlyList<string> Spots);

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

/// <summary>An event of a tourism PR measure: upcoming, held, or cancelled with its reason (names in Japanese).</summary>
public sealed record MeasureEventItem(
    int Id, string InitiativeCode, int FiscalYear, string NameJa, PartialDate? Start, string? VenueJa, ActivityStatus Status, string? CancelReasonJa, bool IsUpcoming);

/// <summary>/tourism/info-centres: every centre with where it stands now (Japan time); <paramref name="Keeper"/> for staff links.</summary>
public sealed record InfoCentersPage(IReadOnlyList<InfoCenters.InfoCenterView> Centers, DateTime NowUtc, InfoCenters.CenterKeeper? Keeper);

/// <summary>/tourism/info-centres/{id}.</summary>
public sealed record InfoCenterPage(InfoCenters.InfoCenterView View, DateTime NowUtc, bool MayKeep);

/// <summary>The staff's form for a centre, with what was typed and the problems of a refused save or closure.</summary>
public sealed record InfoCenterFormPage(
    InfoCenters.InfoCenterView View, InfoCenters.InfoCenterInput Input, InfoCenters.InfoCenterClosureInput? Closure, IReadOnlyList<InfoCenters.InfoCenterFieldProblem> Problems);

public sealed record InfoCenterImportPage(InfoCenters.InfoCenterImportResult? Result, string? Text);
