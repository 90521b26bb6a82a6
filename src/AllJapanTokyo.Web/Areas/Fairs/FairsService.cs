using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Events;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Seed;
using AllJapanTokyo.Web.Areas.Fairs.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Fairs;

/// <summary>
/// The use cases of the Fairs area: the fairs, exhibitions, business meetings and festivals of the measures that
/// the Fairs area owns, with their published figures. Synthetic rows and unapproved figures are never shown.
/// </summary>
public sealed class FairsService(AppDbContext db)
{
    /// <summary>The first fiscal year of the project (平成27年度).</summary>
    public const int FirstFiscalYear = 2015;

    private const int MaxEchoedLength = 20;

    /// <summary>The measures owned by the Fairs area, in the order of the report (1-2, 2-3, 2-4, 2-7, 4-2, 6-3, 6-6).</summary>
    public async Task<IReadOnlyList<FairsInitiative>> InitiativesAsync(CancellationToken cancellationToken) =>
        await db.Initiatives.AsNoTracking()
            .Where(i => i.Area == PortalArea.Fairs)
            .OrderBy(i => i.ChapterNumber).ThenBy(i => i.Number)
            .Select(i => new FairsInitiative(i.Code, i.Title, i.ProgrammeJa, i.SinceFiscalYear))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// /fairs with an optional filter. Values that are not a fiscal year or not a fairs measure are set aside with a
    /// <see cref="FairsFilterProblem"/>, so the page still answers and says what it did not understand.
    /// </summary>
    public async Task<FairsIndexViewModel> IndexAsync(string? fy, string? initiative, CancellationToken cancellationToken)
    {
        var initiatives = await InitiativesAsync(cancellationToken);
        var codes = initiatives.Select(i => i.Code).ToList();
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var figures = await FiguresAsync(codes, null, prefectures, cancellationToken);
        var events = await EventsAsync(codes, null, figures, prefectures, cancellationToken);

        var yearOptions = figures.Select(f => f.FiscalYear).Concat(events.Select(e => e.FiscalYear))
            .Distinct().OrderByDescending(y => y).ToList();
        var problems = new List<FairsFilterProblem>();

        int? selectedYear = null;
        if (!string.IsNullOrWhiteSpace(fy))
        {
            if (FiscalYear.TryParse(fy, out var parsed))
            {
                selectedYear = parsed.StartYear;
                if (!yearOptions.Contains(parsed.StartYear))
                {
                    yearOptions = yearOptions.Append(parsed.StartYear).OrderByDescending(y => y).ToList();
                }
            }
            else
            {
                problems.Add(new FairsFilterProblem.NotAFiscalYear(Echo(fy)));
            }
        }

        string? selectedInitiative = null;
        if (!string.IsNullOrWhiteSpace(initiative))
        {
            var code = initiative.Trim();
            if (codes.Contains(code, StringComparer.Ordinal))
            {
                selectedInitiative = code;
            }
            else
            {
                problems.Add(new FairsFilterProblem.NotAFairsMeasure(Echo(initiative)));
            }
        }

        var years = yearOptions
            .Where(y => selectedYear is null || y == selectedYear)
            .Select(y => new FairsFiscalYearGroup(
                y,
                initiatives
                    .Where(i => selectedInitiative is null || i.Code == selectedInitiative)
                    .Select(i => new FairsInitiativeYear(
                        i,
                        figures.Where(f => f.InitiativeCode == i.Code && f.FiscalYear == y).ToList(),
                        FairsEvent.InDateOrder(events.Where(e => e.InitiativeCode == i.Code && e.FiscalYear == y)).ToList()))
                    .Where(g => g.Figures.Count > 0 || g.Events.Count > 0)
                    .ToList()))
            .Where(g => g.Initiatives.Count > 0)
            .ToList();

        return new FairsIndexViewModel(yearOptions, initiatives, selectedYear, selectedInitiative, problems, years);
    }

    /// <summary>One event of a fairs measure; null when unknown, synthetic or owned by another area.</summary>
    public async Task<FairsEventViewModel?> EventAsync(int id, CancellationToken cancellationToken)
    {
        var row = await db.Events.AsNoTracking()
            .Where(e => e.Id == id && !e.IsSynthetic)
            .Select(e => new { e.InitiativeCode, e.FiscalYear })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var initiative = (await InitiativesAsync(cancellationToken)).SingleOrDefault(i => i.Code == row.InitiativeCode);
        if (initiative is null)
        {
            return null;
        }

        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var figures = (await FiguresAsync([initiative.Code], row.FiscalYear, prefectures, cancellationToken)).ToList();
        var programmeEvent = (await EventsAsync([initiative.Code], row.FiscalYear, figures, prefectures, cancellationToken)).Single(e => e.Id == id);
        var participations = (await db.Participations.AsNoTracking()
                .Where(p => p.EventId == id && !p.IsSynthetic)
                .OrderBy(p => p.PrefectureCode).ThenBy(p => p.Id)
                .Select(p => new { p.PrefectureCode, p.Role })
                .ToListAsync(cancellationToken))
            .Where(p => prefectures.Find(p.PrefectureCode) is not null)
            .Select(p => new FairsParticipation(prefectures.Option(p.PrefectureCode), p.Role))
            .ToList();

        return new FairsEventViewModel(programmeEvent, initiative, participations, figures);
    }

    /// <summary>One fairs measure from FY2015 to the last reported year; null for an unknown or non-fairs code.</summary>
    public async Task<FairsInitiativeViewModel?> InitiativeAsync(string code, CancellationToken cancellationToken)
    {
        var initiative = (await InitiativesAsync(cancellationToken)).SingleOrDefault(i => i.Code == code);
        if (initiative is null)
        {
            return null;
        }

        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var figures = await FiguresAsync([initiative.Code], null, prefectures, cancellationToken);
        var events = await EventsAsync([initiative.Code], null, figures, prefectures, cancellationToken);

        var lastYear = figures.Select(f => f.FiscalYear).Concat(events.Select(e => e.FiscalYear))
            .Append(ProgrammeDataSeeder.ReportedThroughFiscalYear).Max();
        var firstYear = figures.Select(f => f.FiscalYear).Concat(events.Select(e => e.FiscalYear))
            .Append(FirstFiscalYear).Min();
        // Columns in the order the report gives the figures (oldest year first, then as listed).
        var indicators = figures
            .OrderBy(f => f.FiscalYear)
            .Select(f => new FairsIndicatorColumn(f.IndicatorCode, f.Label, f.OnlinePart))
            .DistinctBy(c => (c.Code, c.OnlinePart))
            .ToList();
        var years = Enumerable.Range(firstYear, lastYear - firstYear + 1)
            .Reverse()
            .Select(y =>
            {
                var yearFigures = figures.Where(f => f.FiscalYear == y).ToList();
                var yearEvents = FairsEvent.InDateOrder(events.Where(e => e.FiscalYear == y)).ToList();
                var state = yearFigures.Count > 0 || yearEvents.Count > 0 ? FairsYearState.Reported
                    : initiative.SinceFiscalYear is { } since && y < since ? FairsYearState.BeforeStart
                    : FairsYearState.NotReported;
                return new FairsYearRow(y, state, yearFigures, yearEvents);
            })
            .ToList();

        return new FairsInitiativeViewModel(initiative, indicators, years);
    }

    /// <summary>The approved, non-synthetic figures of the given measures, in the order they were reported.</summary>
    private async Task<IReadOnlyList<FairsFigure>> FiguresAsync(
        IReadOnlyCollection<string> codes, int? fiscalYear, PrefectureNames prefectures, CancellationToken cancellationToken)
    {
        var rows = await (
                from v in db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublished)
                join d in db.IndicatorDefinitions.AsNoTracking() on v.IndicatorCode equals d.Code
                where codes.Contains(v.InitiativeCode)
                      && (fiscalYear == null || v.FiscalYear == fiscalYear)
                orderby v.FiscalYear descending, v.Id
                select new
                {
                    v.InitiativeCode,
                    v.FiscalYear,
                    v.IndicatorCode,
                    d.Label,
                    v.Value,
                    v.Qualifier,
                    d.Unit,
                    v.ActivityStatus,
                    v.Format,
                    v.IsOnlinePart,
                    v.PrefectureCode,
                    v.NoteJa,
                    Named = v.Prefectures.Select(p => p.PrefectureCode).ToList(),
                })
            .ToListAsync(cancellationToken);

        return rows.Select(r => new FairsFigure(
                r.InitiativeCode,
                r.FiscalYear,
                r.IndicatorCode,
                r.Label,
                r.Value,
                r.Qualifier,
                r.Unit,
                r.ActivityStatus,
                r.Format,
                prefectures.Find(r.PrefectureCode),
                r.NoteJa,
                r.Named.Select(prefectures.Find).OfType<PrefectureOption>().ToList(),
                r.IsOnlinePart))
            .ToList();
    }

    /// <summary>
    /// The non-synthetic events of the given measures. An event row has no qualifier of its own, so a count takes
    /// the qualifier of the same published figure (4-2's visitors are 「約4,000人」, not exactly 4,000).
    /// </summary>
    private async Task<IReadOnlyList<FairsEvent>> EventsAsync(
        IReadOnlyCollection<string> codes, int? fiscalYear, IReadOnlyList<FairsFigure> figures,
        PrefectureNames prefectures, CancellationToken cancellationToken)
    {
        var rows = await db.Events.AsNoTracking()
            .Where(e => !e.IsSynthetic && codes.Contains(e.InitiativeCode) && (fiscalYear == null || e.FiscalYear == fiscalYear))
            .OrderByDescending(e => e.FiscalYear).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);

        return rows.Select(e =>
            {
                ReportedCount? CountOf(int? value, string indicatorCode) =>
                    value is not { } number ? null : new ReportedCount(number, figures
                        .FirstOrDefault(f => f.InitiativeCode == e.InitiativeCode && f.FiscalYear == e.FiscalYear
                                             && f.IndicatorCode == indicatorCode && f.Prefecture is null && f.Value == number)
                        ?.Qualifier ?? ValueQualifier.Exact);

                var missing = e.Status.DidNotTakePlace();
                return new FairsEvent(
                    e.Id,
                    e.InitiativeCode,
                    e.FiscalYear,
                    e.NameJa,
                    e.Start,
                    e.End,
                    e.VenueJa,
                    prefectures.Find(e.HostPrefectureCode),
                    e.Format,
                    e.Status,
                    e.CancelReasonJa,
                    missing ? null : CountOf(e.Exhibitors, "exhibitors"),
                    missing ? null : CountOf(e.BusinessMeetings, "business_meetings"),
                    missing ? null : CountOf(e.ParticipatingPrefectures, "participating_prefectures"),
                    missing ? null : CountOf(e.Visitors, "visitors"),
                    e.PartnersJa,
                    e.NoteJa);
            })
            .ToList();
    }

    private static string Echo(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > MaxEchoedLength ? trimmed[..MaxEchoedLength] + "…" : trimmed;
    }
}
