using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard.Participation;

/// <summary>
/// The one derivation of "prefecture P took part in initiative I in fiscal year Y" that the map, the matrix, the
/// prefecture pages and the initiative pages share (docs/decisions/dashboard-participation.md). It reads the records
/// and hands the evidence to <see cref="ParticipationRules"/>.
/// </summary>
public sealed class ParticipationService(AppDbContext db)
{
    /// <summary>
    /// Which prefecture took part in which initiative in which fiscal year, derived from every record that says so:
    /// participation records, published figures that name a prefecture (or are the prefecture's own), events held in
    /// the prefecture, tourism partnerships running that year, fund investees and craft collaboration products.
    /// Synthetic rows, cancelled or not-held events and figures of cancelled or not-held years do not count.
    /// Each filter is optional: no filter gives the whole prefecture × initiative × fiscal-year matrix.
    /// </summary>
    public async Task<IReadOnlyList<ParticipationCell>> ParticipationAsync(
        int? fiscalYear = null,
        string? prefectureCode = null,
        string? initiativeCode = null,
        CancellationToken cancellationToken = default)
    {
        var facts = new List<ParticipationFact>();

        // A record of an event counts only where the event took place.
        var eventsThatTookPlace = db.Events.Where(Event.TookPlace).Select(e => e.Id);
        var records = db.Participations.AsNoTracking()
            .Where(p => !p.IsSynthetic)
            .Where(p => p.EventId == null || eventsThatTookPlace.Contains(p.EventId.Value));
        if (fiscalYear is { } recordYear)
        {
            records = records.Where(p => p.FiscalYear == recordYear);
        }

        if (prefectureCode is not null)
        {
            records = records.Where(p => p.PrefectureCode == prefectureCode);
        }

        if (initiativeCode is not null)
        {
            records = records.Where(p => p.InitiativeCode == initiativeCode);
        }

        facts.AddRange((await records.Select(p => new { p.PrefectureCode, p.InitiativeCode, p.FiscalYear }).Distinct().ToListAsync(cancellationToken))
            .Select(p => new ParticipationFact(p.PrefectureCode, p.InitiativeCode, p.FiscalYear, ParticipationSource.ParticipationRecord)));

        var figures = db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublishedActivity);
        if (fiscalYear is { } figureYear)
        {
            figures = figures.Where(v => v.FiscalYear == figureYear);
        }

        if (initiativeCode is not null)
        {
            figures = figures.Where(v => v.InitiativeCode == initiativeCode);
        }

        var named = figures.SelectMany(v => v.Prefectures, (v, p) => new { p.PrefectureCode, v.InitiativeCode, v.FiscalYear });
        if (prefectureCode is not null)
        {
            named = named.Where(n => n.PrefectureCode == prefectureCode);
        }

        facts.AddRange((await named.Distinct().ToListAsync(cancellationToken))
            .Select(n => new ParticipationFact(n.PrefectureCode, n.InitiativeCode, n.FiscalYear, ParticipationSource.ReportedFigure)));

        var own = figures.Where(v => v.PrefectureCode != null);
        if (prefectureCode is not null)
        {
            own = own.Where(v => v.PrefectureCode == prefectureCode);
        }

        // A prefecture's own figure of zero says it did not take part (decimal is compared here, not in SQLite).
        facts.AddRange((await own.Select(v => new { v.PrefectureCode, v.InitiativeCode, v.FiscalYear, v.Value }).ToListAsync(cancellationToken))
            .Where(v => v.Value > 0)
            .Select(v => new ParticipationFact(v.PrefectureCode!, v.InitiativeCode, v.FiscalYear, ParticipationSource.ReportedFigure)));

        var hosted = db.Events.AsNoTracking()
            .Where(Event.TookPlace)
            .Where(e => e.HostPrefectureCode != null && e.HostPrefectureCode != Prefecture.TokyoCode);
        if (fiscalYear is { } eventYear)
        {
            hosted = hosted.Where(e => e.FiscalYear == eventYear);
        }

        if (prefectureCode is not null)
        {
            hosted = hosted.Where(e => e.HostPrefectureCode == prefectureCode);
        }

        if (initiativeCode is not null)
        {
            hosted = hosted.Where(e => e.InitiativeCode == initiativeCode);
        }

        facts.AddRange((await hosted.Select(e => new { e.HostPrefectureCode, e.InitiativeCode, e.FiscalYear }).Distinct().ToListAsync(cancellationToken))
            .Select(e => new ParticipationFact(e.HostPrefectureCode!, e.InitiativeCode, e.FiscalYear, ParticipationSource.HostedEvent)));

        var partnerships = db.TourismPartnerships.AsNoTracking();
        if (initiativeCode is not null)
        {
            partnerships = partnerships.Where(p => p.InitiativeCode == initiativeCode);
        }

        if (prefectureCode is not null)
        {
            partnerships = partnerships.Where(p => p.Prefectures.Any(x => x.PrefectureCode == prefectureCode));
        }

        facts.AddRange((await partnerships
                .Select(p => new { p.InitiativeCode, p.SinceFiscalYear, p.UntilFiscalYear, Codes = p.Prefectures.Select(x => x.PrefectureCode).ToList() })
                .ToListAsync(cancellationToken))
            .SelectMany(p => ParticipationRules.FromPartnership(p.InitiativeCode, p.SinceFiscalYear, p.UntilFiscalYear, p.Codes)));

        if (initiativeCode is null or ParticipationRules.FundInitiativeCode)
        {
            var investees = db.FundInvestments.AsNoTracking().Where(i => !i.IsSynthetic);
            if (prefectureCode is not null)
            {
                investees = investees.Where(i => i.PrefectureCode == prefectureCode);
            }

            facts.AddRange((await investees.Select(i => i.PrefectureCode).ToListAsync(cancellationToken)).Select(ParticipationRules.FromFundInvestment));
        }

        var crafts = db.CraftCollaborations.AsNoTracking().Where(c => !c.IsSynthetic && c.IsPublished);
        if (prefectureCode is not null)
        {
            crafts = crafts.Where(c => c.PartnerPrefectureCode == prefectureCode);
        }

        var craftRows = await crafts.Select(c => new { c.PartnerPrefectureCode, c.ProgrammeJa }).ToListAsync(cancellationToken);
        if (craftRows.Count > 0)
        {
            var programmes = await db.Initiatives.AsNoTracking().Select(i => new { i.ProgrammeJa, i.Code }).ToListAsync(cancellationToken);
            var initiativeByProgramme = programmes
                .GroupBy(p => p.ProgrammeJa, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Code).Min(InitiativeCodeComparer.Instance)!, StringComparer.Ordinal);
            facts.AddRange(craftRows.Select(c => ParticipationRules.FromCraftCollaboration(c.PartnerPrefectureCode, c.ProgrammeJa, initiativeByProgramme)));
        }

        return ParticipationRules.Combine(facts.Where(f =>
            (fiscalYear is null || f.FiscalYear == fiscalYear)
            && (prefectureCode is null || f.PrefectureCode == prefectureCode)
            && (initiativeCode is null || f.InitiativeCode == initiativeCode)));
    }
}
