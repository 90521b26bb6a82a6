using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Prefectures;

namespace AllJapanTokyo.Web.Areas.OpenData;

/// <summary>A measure a prefecture took part in, in one fiscal year, and the kinds of record that show it (participation_record, reported_figure …).</summary>
public sealed record ApiProfileMeasure(int FiscalYear, string MeasureCode, IReadOnlyList<string> Sources);

/// <summary>
/// An event held in the prefecture, as the profile's event table shows it: its activity status (held, cancelled,
/// not_held, ongoing) with the reason when it did not take place, its dates as precise as known ("2020-11"), and the
/// report's Japanese figures and notes.
/// </summary>
public sealed record ApiProfileEvent(int Id, int FiscalYear, string MeasureCode, string NameJa, string? Start, string? End, string? VenueJa,
    string? HostPrefectureCode, string? Format, string ActivityStatus, string? CancelReasonJa, int? Exhibitors, int? BusinessMeetings,
    int? ParticipatingPrefectures, int? Visitors, string? PartnersJa, string? NoteJa);

/// <summary>A collaboration product of the prefecture's traditional craft with one of Tokyo's.</summary>
public sealed record ApiCraftCollaboration(string ProductJa, string TokyoCraftJa, string PartnerCraftJa, string ProgrammeJa);

/// <summary>
/// A published investee of the fund (measure 2-6) based in the prefecture (<c>basedHere</c>) or with partners there
/// (<c>partnersHere</c>; fictitious partners only with synthetic=include, labelled 架空). Its id is that of /api/v1/fund-investees.
/// </summary>
public sealed record ApiProfileFundInvestee(int Id, string CompanyNameJa, string FundNameJa, string? NoteJa, bool BasedHere, IReadOnlyList<ApiFundPartner> PartnersHere);

/// <summary>A tourism partnership that includes the prefecture, over the fiscal years it runs (untilFiscalYear null: still running).</summary>
public sealed record ApiTourismPartnership(string MeasureCode, string PartnerJa, int SinceFiscalYear, int? UntilFiscalYear, string? NoteJa);

/// <summary>One day of a model route in the prefecture and its stops in order.</summary>
public sealed record ApiRouteDay(int DayNumber, IReadOnlyList<string> StopsJa);

/// <summary>A model route through the prefecture: its days there and its other recommended spots there.</summary>
public sealed record ApiRouteInPrefecture(string MeasureCode, string RegionJa, string Theme, IReadOnlyList<ApiRouteDay> Days, IReadOnlyList<string> OtherSpotsJa);

/// <summary>
/// An approved fiscal-year figure that is the prefecture's own or names it, with the same codes as /api/v1/values
/// (qualifier exact, at_least, approx; activity status; format), its unit and the report's note, and the prefectures it names.
/// </summary>
public sealed record ApiProfileFigure(int FiscalYear, string MeasureCode, string IndicatorCode, decimal Value, string Qualifier, string? ActivityStatus,
    string? Format, bool IsOnlinePart, string UnitJa, string UnitEn, string? NoteJa, IReadOnlyList<string> PrefectureCodes);

/// <summary>
/// A prefecture's profile as /prefectures/{code} shows it: the prefecture, the measures it took part in by fiscal year,
/// the events held there, craft collaborations, fund investees, tourism partnerships, model routes and the approved
/// figures that name it. <c>fiscalYear</c> is the year asked for (null: all years); it narrows the parts that have a
/// fiscal year (measures, events, partnerships running that year, figures); the others have none and are whole.
/// </summary>
public sealed record ApiPrefectureProfile(
    ApiPrefecture Prefecture,
    int? FiscalYear,
    IReadOnlyList<ApiProfileMeasure> Measures,
    IReadOnlyList<ApiProfileEvent> Events,
    IReadOnlyList<ApiCraftCollaboration> CraftCollaborations,
    IReadOnlyList<ApiProfileFundInvestee> FundInvestees,
    IReadOnlyList<ApiTourismPartnership> TourismPartnerships,
    IReadOnlyList<ApiRouteInPrefecture> Routes,
    IReadOnlyList<ApiProfileFigure> Figures);

/// <summary>
/// The reads of /api/v1/prefectures/{code}/profile: the profile page's own query (<see cref="PrefectureProfileService"/>,
/// published figures only) through the page's cache entry, so the API and the page can never disagree.
/// </summary>
public sealed class PrefectureProfileOpenData(PrefectureProfileService profiles, PublishedViewCache cache)
{
    /// <summary>The profile of a valid prefecture code; null when no prefecture has it.</summary>
    public async Task<ApiPrefectureProfile?> ProfileAsync(string code, int? fiscalYear, bool includeSynthetic, CancellationToken cancellationToken)
    {
        var profile = await cache.GetOrCreateAsync($"/prefectures/{code}", ct => profiles.PrefectureAsync(code, includeUnapprovedFigures: false, ct), cancellationToken);
        if (profile is null)
        {
            return null;
        }

        bool InYear(int year) => fiscalYear is null || year == fiscalYear;
        var name = profile.Prefecture.Name;
        return new ApiPrefectureProfile(
            new ApiPrefecture(profile.Prefecture.Code, name.Ja, name.En, name.ZhHans, name.Ko, profile.NameKana, profile.Region.Ja, profile.Region.En),
            fiscalYear,
            profile.Years.Where(y => InYear(y.FiscalYear))
                .SelectMany(y => y.Initiatives.Select(i => new ApiProfileMeasure(y.FiscalYear, i.Initiative.Code, ParticipationOpenData.SourceCodes(i.Sources))))
                .ToList(),
            profile.HostedEvents.Where(e => InYear(e.FiscalYear))
                .Select(e => new ApiProfileEvent(e.Id, e.FiscalYear, e.Initiative.Code, e.NameJa, e.Start?.ToString(), e.End?.ToString(), e.VenueJa, e.Host?.Code,
                    e.Format?.ToCode(), e.Status.ToCode(), e.CancelReasonJa, e.Exhibitors, e.BusinessMeetings, e.ParticipatingPrefectures, e.Visitors, e.PartnersJa, e.NoteJa))
                .ToList(),
            profile.CraftCollaborations.Select(c => new ApiCraftCollaboration(c.ProductJa, c.TokyoCraftJa, c.PartnerCraftJa, c.ProgrammeJa)).ToList(),
            profile.FundInvestments
                .Select(f => new ApiProfileFundInvestee(f.Id, f.CompanyNameJa, f.FundNameJa, f.NoteJa, f.BasedHere,
                    f.PartnersHere.Where(p => includeSynthetic || !p.IsSynthetic).Select(p => new ApiFundPartner(p.NameJa, profile.Prefecture.Code, p.IsSynthetic)).ToList()))
                .Where(f => f.BasedHere || f.PartnersHere.Count > 0)
                .ToList(),
            profile.TourismPartnerships.Where(t => fiscalYear is null || (t.SinceFiscalYear <= fiscalYear && (t.UntilFiscalYear is null || t.UntilFiscalYear >= fiscalYear)))
                .Select(t => new ApiTourismPartnership(t.Initiative.Code, t.PartnerJa, t.SinceFiscalYear, t.UntilFiscalYear, t.NoteJa))
                .ToList(),
            profile.Routes.Select(r => new ApiRouteInPrefecture(r.Initiative.Code, r.RegionJa, r.Theme,
                    r.Days.Select(d => new ApiRouteDay(d.DayNumber, d.StopsJa)).ToList(), r.OtherSpotsJa))
                .ToList(),
            profile.Figures.Where(f => InYear(f.FiscalYear))
                .Select(f => new ApiProfileFigure(f.FiscalYear, f.Initiative.Code, f.IndicatorCode ?? "", f.Figure.Value,
                    f.Figure.Qualifier == ValueQualifier.Exact ? "exact" : f.Figure.Qualifier.ToCode(), f.Figure.Status?.ToCode(), f.Figure.Format?.ToCode(),
                    f.OnlinePart, f.Figure.Unit.Ja, f.Figure.Unit.En, f.Figure.NoteJa, f.NamedPrefectures.Select(p => p.Code).ToList()))
                .ToList());
    }
}
