using AllJapanTokyo.Domain.Common;

namespace AllJapanTokyo.Web.Areas.Dashboard.Models;

/// <summary>/prefectures: the 47 prefectures for the tile map, and the list by region.</summary>
public sealed record PrefectureIndex(IReadOnlyList<PrefectureTile> Prefectures, IReadOnlyList<PrefectureRegion> Regions);

public sealed record PrefectureRegion(LocalizedText Name, IReadOnlyList<PrefectureListItem> Prefectures);

public sealed record PrefectureListItem(PrefectureRef Prefecture, string NameKana, int InitiativeCount);

/// <summary>The initiatives a prefecture took part in, in one fiscal year, each with the sources that say so.</summary>
public sealed record ProfileYear(int FiscalYear, IReadOnlyList<ProfileInitiative> Initiatives);

public sealed record ProfileInitiative(InitiativeRef Initiative, IReadOnlyList<ParticipationSource> Sources);

public sealed record CraftCollaborationRow(string ProductJa, string TokyoCraftJa, string PartnerCraftJa, string ProgrammeJa);

/// <summary>A partner company of an investee in the profile's prefecture; <paramref name="IsSynthetic"/>: fictitious (架空).</summary>
public sealed record FundPartnerRow(string NameJa, bool IsSynthetic);

/// <summary>
/// A published investee of the fund on a prefecture's profile: based there (<paramref name="BasedHere"/>) or growing with
/// partners there (<paramref name="PartnersHere"/>, each marked when fictitious, so the API can leave those out).
/// </summary>
public sealed record FundInvestmentRow(int Id, string CompanyNameJa, string FundNameJa, string? NoteJa, bool BasedHere, IReadOnlyList<FundPartnerRow> PartnersHere)
{
    public IReadOnlyList<string> PartnersHereJa => PartnersHere.Select(p => p.NameJa).ToList();

    /// <summary>A partner here is fictitious (架空).</summary>
    public bool PartnersSynthetic => PartnersHere.Any(p => p.IsSynthetic);
}

public sealed record TourismPartnershipRow(InitiativeRef Initiative, string PartnerJa, int SinceFiscalYear, int? UntilFiscalYear, string? NoteJa);

public sealed record RouteDayRow(int DayNumber, IReadOnlyList<string> StopsJa);

/// <summary>The days (and other recommended spots) of a model route that lie in the prefecture.</summary>
public sealed record RouteInPrefecture(InitiativeRef Initiative, string RegionJa, string Theme, IReadOnlyList<RouteDayRow> Days, IReadOnlyList<string> OtherSpotsJa);

/// <summary>/prefectures/{code}.</summary>
public sealed record PrefectureProfile(
    PrefectureRef Prefecture,
    string NameKana,
    LocalizedText Region,
    bool ShowsUnapprovedFigures,
    IReadOnlyList<ProfileYear> Years,
    IReadOnlyList<EventRow> HostedEvents,
    IReadOnlyList<CraftCollaborationRow> CraftCollaborations,
    IReadOnlyList<FundInvestmentRow> FundInvestments,
    IReadOnlyList<TourismPartnershipRow> TourismPartnerships,
    IReadOnlyList<RouteInPrefecture> Routes,
    IReadOnlyList<IndicatorFigureRow> Figures)
{
    public bool IsTokyo => Prefecture.IsTokyo;

    public int InitiativeCount => Years.SelectMany(y => y.Initiatives).Select(i => i.Initiative.Code).Distinct().Count();
}
