using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>A prefecture as the dashboard names and links it.</summary>
public sealed record PrefectureRef(string Code, string NameJa, string NameEn)
{
    public string Href => $"/prefectures/{Code}";
}

/// <summary>An initiative as the dashboard names and links it.</summary>
public sealed record InitiativeRef(string Code, string TitleJa, string TitleEn)
{
    public string Href => $"/dashboard/initiatives/{Code}";
}

/// <summary>
/// A reported figure, or the reason there is none: a cancelled or not-held year shows its status and reason, never 0.
/// </summary>
public sealed record FigureCell(
    decimal Value,
    ValueQualifier Qualifier,
    ActivityStatus? Status,
    EventFormat? Format,
    string UnitJa,
    string UnitEn,
    string? NoteJa)
{
    public bool IsMissing => Status.DidNotTakePlace();
}

/// <summary>A programme-wide or prefecture figure with its initiative and indicator.</summary>
public sealed record IndicatorFigureRow(
    InitiativeRef Initiative,
    int FiscalYear,
    string IndicatorLabelJa,
    string IndicatorLabelEn,
    FigureCell Figure,
    ReviewState ReviewState,
    IReadOnlyList<PrefectureRef> NamedPrefectures);

/// <summary>
/// One prefecture's part in the programme in one fiscal year, for the map, the bar chart and the table: the value of
/// the chosen indicator (null: no figure, or Tokyo the organiser) and the initiatives it took part in.
/// </summary>
public sealed record PrefectureParticipationRow(
    PrefectureRef Prefecture,
    string RegionJa,
    string RegionEn,
    bool IsTokyo,
    IReadOnlyList<InitiativeRef> Initiatives,
    decimal? Value = null,
    ValueQualifier Qualifier = ValueQualifier.Exact);

/// <summary>
/// What the dashboard maps: <c>initiatives</c> (参加施策数), <c>events</c> (events held in the prefecture) or a
/// prefecture-level figure of an initiative, coded <c>{initiative}:{indicator}</c> (e.g. <c>2-4:business_meetings</c>).
/// </summary>
public sealed record DashboardMetric(string Code, string LabelJa, string LabelEn, string UnitJa, string UnitEn, string SourceJa, string SourceEn);

/// <summary>/dashboard?fy=2020&amp;indicator=…: the data of one fiscal year and indicator (the same for every view, sort and highlight).</summary>
public sealed record DashboardOverview(
    int FiscalYear,
    string? RefusedFiscalYear,
    IReadOnlyList<int> FiscalYears,
    DashboardMetric Metric,
    IReadOnlyList<DashboardMetric> Metrics,
    string? RefusedIndicator,
    IReadOnlyList<PrefectureTile> Prefectures,
    IReadOnlyList<PrefectureParticipationRow> Rows,
    IReadOnlyList<IndicatorFigureRow> ProgrammeFigures)
{
    public int ParticipatingPrefectures => Rows.Count(r => !r.IsTokyo && r.Initiatives.Count > 0);
}

/// <summary>An event of an initiative or hosted by a prefecture.</summary>
public sealed record EventRow(
    int Id,
    InitiativeRef Initiative,
    int FiscalYear,
    string NameJa,
    PartialDate? Start,
    PartialDate? End,
    string? VenueJa,
    PrefectureRef? Host,
    EventFormat? Format,
    ActivityStatus Status,
    string? CancelReasonJa,
    int? Exhibitors,
    int? BusinessMeetings,
    int? ParticipatingPrefectures,
    int? Visitors,
    string? PartnersJa,
    string? NoteJa)
{
    public bool IsMissing => Status.DidNotTakePlace();
}

/// <summary>One indicator of an initiative across FY2015–FY2020; a year without a figure is null.</summary>
public sealed record IndicatorSeries(string LabelJa, string LabelEn, IReadOnlyDictionary<int, FigureCell> ByFiscalYear);

/// <summary>
/// The prefectures known by name to have taken part in an initiative in one fiscal year, and the number the report
/// gives (参加都道府県数) where it gives one: often the report counts prefectures without naming them.
/// </summary>
public sealed record FiscalYearPrefectures(int FiscalYear, IReadOnlyList<PrefectureRef> Prefectures, FigureCell? ReportedCount);

/// <summary>The report's own sentence for a figure.</summary>
public sealed record IndicatorNote(int FiscalYear, string IndicatorLabelJa, string IndicatorLabelEn, string NoteJa);

/// <summary>/dashboard/initiatives/{code}.</summary>
public sealed record InitiativePage(
    string Code,
    string CircledNumber,
    int ChapterNumber,
    string ChapterTitleJa,
    string ChapterTitleEn,
    string TitleJa,
    string TitleEn,
    string ProgrammeJa,
    PortalArea Area,
    int? SinceFiscalYear,
    IReadOnlyList<int> FiscalYears,
    IReadOnlyList<IndicatorSeries> Indicators,
    IReadOnlyList<IndicatorNote> Notes,
    IReadOnlyList<IndicatorFigureRow> PrefectureFigures,
    IReadOnlyList<EventRow> Events,
    IReadOnlyList<FiscalYearPrefectures> Participation);

/// <summary>/prefectures.</summary>
public sealed record PrefectureIndex(TileMap Map, IReadOnlyList<PrefectureRegion> Regions);

public sealed record PrefectureRegion(string NameJa, string NameEn, IReadOnlyList<PrefectureListItem> Prefectures);

public sealed record PrefectureListItem(PrefectureRef Prefecture, string NameKana, int InitiativeCount);

/// <summary>The initiatives a prefecture took part in, in one fiscal year, each with the sources that say so.</summary>
public sealed record ProfileYear(int FiscalYear, IReadOnlyList<ProfileInitiative> Initiatives);

public sealed record ProfileInitiative(InitiativeRef Initiative, IReadOnlyList<ParticipationSource> Sources);

public sealed record CraftCollaborationRow(string ProductJa, string TokyoCraftJa, string PartnerCraftJa, string ProgrammeJa);

public sealed record FundInvestmentRow(string CompanyNameJa, string FundNameJa, string? NoteJa);

public sealed record TourismPartnershipRow(InitiativeRef Initiative, string PartnerJa, int SinceFiscalYear, int? UntilFiscalYear, string? NoteJa);

public sealed record RouteDayRow(int DayNumber, IReadOnlyList<string> StopsJa);

/// <summary>The days (and other recommended spots) of a model route that lie in the prefecture.</summary>
public sealed record RouteInPrefecture(InitiativeRef Initiative, string RegionJa, string Theme, IReadOnlyList<RouteDayRow> Days, IReadOnlyList<string> OtherSpotsJa);

/// <summary>/prefectures/{code}.</summary>
public sealed record PrefectureProfile(
    PrefectureRef Prefecture,
    string NameKana,
    string RegionJa,
    string RegionEn,
    bool IsTokyo,
    bool ShowsUnapprovedFigures,
    IReadOnlyList<ProfileYear> Years,
    IReadOnlyList<EventRow> HostedEvents,
    IReadOnlyList<CraftCollaborationRow> CraftCollaborations,
    IReadOnlyList<FundInvestmentRow> FundInvestments,
    IReadOnlyList<TourismPartnershipRow> TourismPartnerships,
    IReadOnlyList<RouteInPrefecture> Routes,
    IReadOnlyList<IndicatorFigureRow> Figures)
{
    public int InitiativeCount => Years.SelectMany(y => y.Initiatives).Select(i => i.Initiative.Code).Distinct().Count();
}


/// <summary>The shared event table of the initiative and prefecture pages.</summary>
public sealed record EventTable(string Caption, IReadOnlyList<EventRow> Events, bool ShowInitiative);
