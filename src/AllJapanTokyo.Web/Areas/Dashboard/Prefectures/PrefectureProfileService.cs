using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using AllJapanTokyo.Web.Areas.Funds;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard.Prefectures;

/// <summary>/prefectures/{code}: everything a prefecture does with Tokyo.</summary>
public sealed class PrefectureProfileService(AppDbContext db, DashboardReads reads, ParticipationService participation, FundsService funds)
{
    /// <summary>
    /// The profile; null for a code of no prefecture. Figures under review are included only when
    /// <paramref name="includeUnapprovedFigures"/> (the caller decides who may see them).
    /// </summary>
    public async Task<PrefectureProfile?> PrefectureAsync(string code, bool includeUnapprovedFigures, CancellationToken cancellationToken = default)
    {
        var prefecture = await db.Prefectures.AsNoTracking()
            .Where(p => p.Code == code)
            .Select(p => new { p.Code, p.Name, p.NameKana, p.Region })
            .SingleOrDefaultAsync(cancellationToken);
        if (prefecture is null)
        {
            return null;
        }

        var prefectures = await reads.PrefectureTilesAsync(cancellationToken);
        var prefectureRefs = prefectures.ToDictionary(p => p.Code, p => p.Ref, StringComparer.Ordinal);
        var initiatives = await reads.InitiativeRefsAsync(cancellationToken);

        var years = (await participation.ParticipationAsync(prefectureCode: code, cancellationToken: cancellationToken))
            .GroupBy(c => c.FiscalYear)
            .OrderBy(g => g.Key)
            .Select(g => new ProfileYear(g.Key, g.Select(c => new ProfileInitiative(DashboardReads.InitiativeOf(initiatives, c.InitiativeCode), c.Sources)).ToList()))
            .ToList();

        var hostedEvents = await reads.EventsAsync(e => e.HostPrefectureCode == code, initiatives, prefectureRefs, cancellationToken);

        var crafts = await db.CraftCollaborations.AsNoTracking()
            .Where(c => !c.IsSynthetic && c.IsPublished && c.PartnerPrefectureCode == code)
            .OrderBy(c => c.Id)
            .Select(c => new CraftCollaborationRow(c.ProductJa, c.TokyoCraftJa, c.PartnerCraftJa, c.ProgrammeJa))
            .ToListAsync(cancellationToken);

        // The fund's published investees based here or with partners here: the fund's own public query.
        var investments = (await funds.PublishedInvesteesAsync(code, cancellationToken))
            .Select(p =>
            {
                var partners = p.Investee.Partners.Where(x => x.Prefecture.Code == code).ToList();
                return new FundInvestmentRow(
                    p.Investee.Id,
                    p.Investee.CompanyNameJa,
                    p.FundNameJa,
                    p.Investee.NoteJa,
                    p.Investee.Prefecture.Code == code,
                    partners.Select(x => new FundPartnerRow(x.NameJa, x.IsSynthetic)).ToList());
            })
            .OrderByDescending(r => r.BasedHere)
            .ThenBy(r => r.Id)
            .ToList();

        var partnerships = (await db.TourismPartnerships.AsNoTracking()
                .Where(p => p.Prefectures.Any(x => x.PrefectureCode == code))
                .Select(p => new { p.Id, p.InitiativeCode, p.PartnerJa, p.SinceFiscalYear, p.UntilFiscalYear, p.NoteJa })
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.InitiativeCode, InitiativeCodeComparer.Instance)
            .ThenBy(p => p.SinceFiscalYear)
            .ThenBy(p => p.Id)
            .Select(p => new TourismPartnershipRow(DashboardReads.InitiativeOf(initiatives, p.InitiativeCode), p.PartnerJa, p.SinceFiscalYear, p.UntilFiscalYear, p.NoteJa))
            .ToList();

        var routes = (await db.TouristRoutes.AsNoTracking()
                .Where(r => r.Days.Any(d => d.PrefectureCode == code) || r.OtherSpots.Any(s => s.PrefectureCode == code))
                .OrderBy(r => r.Id)
                .Select(r => new
                {
                    r.InitiativeCode,
                    r.RegionJa,
                    r.Theme,
                    Days = r.Days.Where(d => d.PrefectureCode == code)
                        .OrderBy(d => d.DayNumber)
                        .Select(d => new { d.DayNumber, Stops = d.Stops.OrderBy(s => s.Order).Select(s => s.NameJa).ToList() })
                        .ToList(),
                    Spots = r.OtherSpots.Where(s => s.PrefectureCode == code).OrderBy(s => s.Id).Select(s => s.NameJa).ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(cancellationToken))
            .Select(r => new RouteInPrefecture(
                DashboardReads.InitiativeOf(initiatives, r.InitiativeCode),
                r.RegionJa,
                r.Theme,
                r.Days.Select(d => new RouteDayRow(d.DayNumber, d.Stops)).ToList(),
                r.Spots))
            .ToList();

        var figures = (await reads.FiguresAsync(
                v => v.PrefectureCode == code || v.Prefectures.Any(p => p.PrefectureCode == code),
                includeUnapprovedFigures,
                prefectures,
                cancellationToken))
            .Select(f => f.Row)
            .ToList();

        return new PrefectureProfile(
            new PrefectureRef(prefecture.Code, prefecture.Name),
            prefecture.NameKana,
            prefecture.Region,
            includeUnapprovedFigures,
            years,
            hostedEvents,
            crafts,
            investments,
            partnerships,
            routes,
            figures);
    }
}
