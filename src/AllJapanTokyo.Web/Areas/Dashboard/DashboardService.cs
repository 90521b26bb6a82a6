using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Initiatives;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// The use cases of the Dashboard area: the fiscal year across the prefectures, one initiative, the prefectures and
/// one prefecture's profile. Only programme facts are shown: synthetic rows never, and of the fiscal-year figures only
/// the approved ones (a profile also shows a prefecture's unapproved figures to those who may review them).
/// </summary>
public sealed class DashboardService(AppDbContext db)
{
    /// <summary>The indicator that counts the prefectures taking part (参加都道府県数).</summary>
    public const string ParticipatingPrefecturesIndicator = "participating_prefectures";

    internal AppDbContext Db => db;

    /// <summary>
    /// Which prefecture took part in which initiative in which fiscal year, derived from every record that says so:
    /// participation records, approved figures that name a prefecture (or are the prefecture's own), events held in
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

        var records = db.Participations.AsNoTracking()
            .Where(p => !p.IsSynthetic)
            .Where(p => p.EventId == null || (!p.Event!.IsSynthetic && (p.Event.Status == ActivityStatus.Held || p.Event.Status == ActivityStatus.Ongoing)));
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

        var figures = db.IndicatorValues.AsNoTracking()
            .Where(IndicatorValue.IsPublishedActivity);
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
            .Where(e => !e.IsSynthetic && e.HostPrefectureCode != null && e.HostPrefectureCode != Prefecture.TokyoCode)
            .Where(e => e.Status == ActivityStatus.Held || e.Status == ActivityStatus.Ongoing);
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

        var crafts = db.CraftCollaborations.AsNoTracking().Where(c => !c.IsSynthetic);
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

    /// <summary>The metric the dashboard shows when none (or an unknown one) is asked for.</summary>
    public const string InitiativesMetric = "initiatives";

    /// <summary>Events held in the prefecture (not cancelled, not synthetic).</summary>
    public const string EventsMetric = "events";

    public static DashboardMetric InitiativesMetricDefinition { get; } = new(
        InitiativesMetric,
        "参加施策数",
        "Initiatives taken part in",
        "施策",
        "initiatives",
        "参加記録、承認済みの実績値、開催イベント、観光連携、ファンド投資先、コラボ商品から数えた施策の数",
        "Initiatives counted from participation records, approved figures, hosted events, tourism partnerships, fund investees and craft collaborations");

    public static DashboardMetric EventsMetricDefinition { get; } = new(
        EventsMetric,
        "開催イベント数",
        "Events held in the prefecture",
        "件",
        "events",
        "その道府県で開催されたイベントの数（中止・実施せずを除く）",
        "Events held in the prefecture (cancelled and not-held events excluded)");

    /// <summary>
    /// The fiscal year across the prefectures for one metric: each prefecture's value and initiatives (Tokyo, the
    /// organiser, has no value), the metrics offered for that year, and the programme-wide figures. An unknown
    /// <paramref name="indicator"/> shows the initiatives and is returned as refused, for the page to say so.
    /// </summary>
    public async Task<DashboardOverview> OverviewAsync(int fiscalYear, string? refusedFiscalYear, string? indicator = null, CancellationToken cancellationToken = default)
    {
        var prefectures = await PrefectureTilesAsync(cancellationToken);
        var initiatives = await InitiativeRefsAsync(cancellationToken);
        var byPrefecture = ParticipationRules.InitiativesByPrefecture(await ParticipationAsync(fiscalYear, cancellationToken: cancellationToken));

        // Prefecture-level approved figures of the year, by initiative and indicator (the metrics beyond the two derived ones).
        var prefectureFigures = await (
                from v in db.IndicatorValues.AsNoTracking()
                where !v.IsSynthetic && v.ReviewState == ReviewState.Approved && v.FiscalYear == fiscalYear && v.PrefectureCode != null
                    && (v.ActivityStatus == null || (v.ActivityStatus != ActivityStatus.Cancelled && v.ActivityStatus != ActivityStatus.NotHeld))
                join d in db.IndicatorDefinitions on v.IndicatorCode equals d.Code
                join i in db.Initiatives on v.InitiativeCode equals i.Code
                select new { v.InitiativeCode, v.IndicatorCode, v.PrefectureCode, v.Value, v.Qualifier, LabelJa = d.Label.Ja, LabelEn = d.Label.En, UnitJa = d.Unit.Ja, UnitEn = d.Unit.En, InitiativeTitleJa = i.Title.Ja, InitiativeTitleEn = i.Title.En })
            .ToListAsync(cancellationToken);
        var figureMetrics = prefectureFigures
            .GroupBy(f => f.InitiativeCode + ":" + f.IndicatorCode, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.InitiativeCode, InitiativeCodeComparer.Instance)
            .ThenBy(f => f.IndicatorCode, StringComparer.Ordinal)
            .Select(f => new DashboardMetric(
                f.InitiativeCode + ":" + f.IndicatorCode,
                $"{f.LabelJa}（{f.InitiativeCode} {f.InitiativeTitleJa}）",
                $"{f.LabelEn} ({f.InitiativeCode} {f.InitiativeTitleEn})",
                f.UnitJa,
                f.UnitEn,
                "道府県別の承認済み実績値",
                "Approved figures reported per prefecture"))
            .ToList();
        IReadOnlyList<DashboardMetric> metrics = [InitiativesMetricDefinition, EventsMetricDefinition, .. figureMetrics];

        var asked = indicator?.Trim();
        var metric = string.IsNullOrEmpty(asked) ? InitiativesMetricDefinition : metrics.FirstOrDefault(m => m.Code == asked);
        var refusedIndicator = metric is null ? indicator : null;
        metric ??= InitiativesMetricDefinition;

        IReadOnlyDictionary<string, (decimal Value, ValueQualifier Qualifier)> values;
        if (metric.Code == InitiativesMetric)
        {
            values = prefectures.ToDictionary(
                p => p.Code,
                p => ((decimal)(byPrefecture.TryGetValue(p.Code, out var codes) ? codes.Count : 0), ValueQualifier.Exact),
                StringComparer.Ordinal);
        }
        else if (metric.Code == EventsMetric)
        {
            var counts = await db.Events.AsNoTracking()
                .Where(e => !e.IsSynthetic && e.FiscalYear == fiscalYear && e.HostPrefectureCode != null)
                .Where(e => e.Status == ActivityStatus.Held || e.Status == ActivityStatus.Ongoing)
                .GroupBy(e => e.HostPrefectureCode!)
                .Select(g => new { Code = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Code, g => g.Count, StringComparer.Ordinal, cancellationToken);
            values = prefectures.ToDictionary(p => p.Code, p => ((decimal)counts.GetValueOrDefault(p.Code), ValueQualifier.Exact), StringComparer.Ordinal);
        }
        else
        {
            values = prefectureFigures
                .Where(f => f.InitiativeCode + ":" + f.IndicatorCode == metric.Code)
                .GroupBy(f => f.PrefectureCode!, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => (g.Sum(f => f.Value), g.Select(f => f.Qualifier).FirstOrDefault(q => q != ValueQualifier.Exact)),
                    StringComparer.Ordinal);
        }

        var rows = prefectures
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new PrefectureParticipationRow(
                p.Ref,
                p.RegionJa,
                p.RegionEn,
                p.IsTokyo,
                byPrefecture.TryGetValue(p.Code, out var codes) ? codes.Select(c => InitiativeOf(initiatives, c)).ToList() : [],
                p.IsTokyo ? null : values.TryGetValue(p.Code, out var value) ? value.Value : null,
                p.IsTokyo ? ValueQualifier.Exact : values.TryGetValue(p.Code, out var qualified) ? qualified.Qualifier : ValueQualifier.Exact))
            .ToList();

        var programmeFigures = (await FiguresAsync(
                db.IndicatorValues.Where(v => v.PrefectureCode == null && v.FiscalYear == fiscalYear && v.ReviewState == ReviewState.Approved),
                prefectures,
                cancellationToken))
            .Select(f => f.Row)
            .ToList();

        return new DashboardOverview(
            fiscalYear,
            refusedFiscalYear,
            ParticipationRules.FiscalYears,
            metric,
            metrics,
            refusedIndicator,
            prefectures,
            rows,
            programmeFigures);
    }

    /// <summary>One initiative: its figures FY2015–FY2020, its events and its prefectures per year; null for an unknown code.</summary>
    public async Task<InitiativePage?> InitiativeAsync(string code, CancellationToken cancellationToken = default)
    {
        var initiative = await db.Initiatives.AsNoTracking()
            .Where(i => i.Code == code)
            .Select(i => new
            {
                i.Code,
                i.Number,
                i.ChapterNumber,
                ChapterTitleJa = i.Chapter!.Title.Ja,
                ChapterTitleEn = i.Chapter.Title.En,
                TitleJa = i.Title.Ja,
                TitleEn = i.Title.En,
                i.ProgrammeJa,
                i.Area,
                i.SinceFiscalYear,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (initiative is null)
        {
            return null;
        }

        var prefectures = await PrefectureTilesAsync(cancellationToken);
        var prefectureRefs = prefectures.ToDictionary(p => p.Code, p => p.Ref, StringComparer.Ordinal);
        var self = new InitiativeRef(initiative.Code, initiative.TitleJa, initiative.TitleEn);
        var initiatives = new Dictionary<string, InitiativeRef>(StringComparer.Ordinal) { [self.Code] = self };

        var figures = await FiguresAsync(
            db.IndicatorValues.Where(v => v.InitiativeCode == code && v.ReviewState == ReviewState.Approved),
            prefectures,
            cancellationToken);
        var programmeFigures = figures.Where(f => f.Prefecture is null).ToList();
        var fiscalYears = ParticipationRules.FiscalYears.Union(programmeFigures.Select(f => f.Row.FiscalYear)).Order().ToList();
        var series = programmeFigures
            .GroupBy(f => (f.Row.IndicatorLabelJa, f.Row.IndicatorLabelEn))
            .Select(g => new IndicatorSeries(
                g.Key.IndicatorLabelJa,
                g.Key.IndicatorLabelEn,
                g.GroupBy(f => f.Row.FiscalYear).ToDictionary(y => y.Key, y => y.First().Row.Figure)))
            .ToList();
        var notes = programmeFigures
            .Where(f => !string.IsNullOrWhiteSpace(f.Row.Figure.NoteJa))
            .Select(f => new IndicatorNote(f.Row.FiscalYear, f.Row.IndicatorLabelJa, f.Row.IndicatorLabelEn, f.Row.Figure.NoteJa!))
            .DistinctBy(n => (n.FiscalYear, n.NoteJa))
            .OrderBy(n => n.FiscalYear)
            .ToList();

        var events = await EventsAsync(db.Events.Where(e => e.InitiativeCode == code), initiatives, prefectureRefs, cancellationToken);

        var cells = await ParticipationAsync(initiativeCode: code, cancellationToken: cancellationToken);
        var participation = fiscalYears
            .Select(fy => new FiscalYearPrefectures(
                fy,
                cells.Where(c => c.FiscalYear == fy).Select(c => PrefectureOf(prefectureRefs, c.PrefectureCode)).ToList(),
                programmeFigures.FirstOrDefault(f => f.Row.FiscalYear == fy && f.IndicatorCode == ParticipatingPrefecturesIndicator).Row?.Figure))
            .ToList();

        return new InitiativePage(
            initiative.Code,
            Initiative.Circled(initiative.Number),
            initiative.ChapterNumber,
            initiative.ChapterTitleJa,
            initiative.ChapterTitleEn,
            initiative.TitleJa,
            initiative.TitleEn,
            initiative.ProgrammeJa,
            initiative.Area,
            initiative.SinceFiscalYear,
            fiscalYears,
            series,
            notes,
            figures.Where(f => f.Prefecture is not null).Select(f => f.Row).ToList(),
            events,
            participation);
    }

    /// <summary>The 47 prefectures: the tile map and the list by region, with how many initiatives each took part in (FY2015–FY2020).</summary>
    public async Task<PrefectureIndex> PrefecturesAsync(CancellationToken cancellationToken = default)
    {
        var prefectures = await PrefectureTilesAsync(cancellationToken);
        var kana = await db.Prefectures.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.NameKana, StringComparer.Ordinal, cancellationToken);
        var byPrefecture = ParticipationRules.InitiativesByPrefecture(await ParticipationAsync(cancellationToken: cancellationToken));

        var regions = prefectures
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .GroupBy(p => (p.RegionJa, p.RegionEn))
            .Select(g => new PrefectureRegion(
                g.Key.RegionJa,
                g.Key.RegionEn,
                g.Select(p => new PrefectureListItem(p.Ref, kana.GetValueOrDefault(p.Code, ""), byPrefecture.TryGetValue(p.Code, out var codes) ? codes.Count : 0)).ToList()))
            .ToList();
        return new PrefectureIndex(TileMaps.ForRegions(prefectures), regions);
    }

    /// <summary>
    /// Everything a prefecture does with Tokyo; null for a code of no prefecture. Figures under review are included
    /// only when <paramref name="includeUnapprovedFigures"/> (the caller decides who may see them).
    /// </summary>
    public async Task<PrefectureProfile?> PrefectureAsync(string code, bool includeUnapprovedFigures, CancellationToken cancellationToken = default)
    {
        var prefecture = await db.Prefectures.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (prefecture is null)
        {
            return null;
        }

        var prefectures = await PrefectureTilesAsync(cancellationToken);
        var prefectureRefs = prefectures.ToDictionary(p => p.Code, p => p.Ref, StringComparer.Ordinal);
        var initiatives = await InitiativeRefsAsync(cancellationToken);

        var years = (await ParticipationAsync(prefectureCode: code, cancellationToken: cancellationToken))
            .GroupBy(c => c.FiscalYear)
            .OrderBy(g => g.Key)
            .Select(g => new ProfileYear(g.Key, g.Select(c => new ProfileInitiative(InitiativeOf(initiatives, c.InitiativeCode), c.Sources)).ToList()))
            .ToList();

        var hostedEvents = await EventsAsync(db.Events.Where(e => e.HostPrefectureCode == code), initiatives, prefectureRefs, cancellationToken);

        var crafts = await db.CraftCollaborations.AsNoTracking()
            .Where(c => !c.IsSynthetic && c.PartnerPrefectureCode == code)
            .OrderBy(c => c.Id)
            .Select(c => new CraftCollaborationRow(c.ProductJa, c.TokyoCraftJa, c.PartnerCraftJa, c.ProgrammeJa))
            .ToListAsync(cancellationToken);

        var investments = await db.FundInvestments.AsNoTracking()
            .Where(i => !i.IsSynthetic && i.PrefectureCode == code)
            .OrderBy(i => i.Id)
            .Select(i => new FundInvestmentRow(i.CompanyNameJa, i.Fund!.NameJa, i.NoteJa))
            .ToListAsync(cancellationToken);

        var partnerships = (await db.TourismPartnerships.AsNoTracking()
                .Where(p => p.Prefectures.Any(x => x.PrefectureCode == code))
                .Select(p => new { p.Id, p.InitiativeCode, p.PartnerJa, p.SinceFiscalYear, p.UntilFiscalYear, p.NoteJa })
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.InitiativeCode, InitiativeCodeComparer.Instance)
            .ThenBy(p => p.SinceFiscalYear)
            .ThenBy(p => p.Id)
            .Select(p => new TourismPartnershipRow(InitiativeOf(initiatives, p.InitiativeCode), p.PartnerJa, p.SinceFiscalYear, p.UntilFiscalYear, p.NoteJa))
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
                InitiativeOf(initiatives, r.InitiativeCode),
                r.RegionJa,
                r.Theme,
                r.Days.Select(d => new RouteDayRow(d.DayNumber, d.Stops)).ToList(),
                r.Spots))
            .ToList();

        var figures = (await FiguresAsync(
                db.IndicatorValues.Where(v => (v.PrefectureCode == code || v.Prefectures.Any(p => p.PrefectureCode == code))
                    && (includeUnapprovedFigures || v.ReviewState == ReviewState.Approved)),
                prefectures,
                cancellationToken))
            .Select(f => f.Row)
            .ToList();

        return new PrefectureProfile(
            new PrefectureRef(prefecture.Code, prefecture.Name.Ja, prefecture.Name.En),
            prefecture.NameKana,
            prefecture.Region.Ja,
            prefecture.Region.En,
            prefecture.IsTokyo,
            includeUnapprovedFigures,
            years,
            hostedEvents,
            crafts,
            investments,
            partnerships,
            routes,
            figures);
    }

    private async Task<IReadOnlyList<PrefectureTile>> PrefectureTilesAsync(CancellationToken cancellationToken) =>
        await db.Prefectures.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new PrefectureTile(p.Code, p.Name.Ja, p.Name.En, p.Region.Ja, p.Region.En, p.TileRow, p.TileColumn))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyDictionary<string, InitiativeRef>> InitiativeRefsAsync(CancellationToken cancellationToken) =>
        await db.Initiatives.AsNoTracking()
            .ToDictionaryAsync(i => i.Code, i => new InitiativeRef(i.Code, i.Title.Ja, i.Title.En), StringComparer.Ordinal, cancellationToken);

    private static InitiativeRef InitiativeOf(IReadOnlyDictionary<string, InitiativeRef> initiatives, string code) =>
        initiatives.TryGetValue(code, out var found) ? found : new InitiativeRef(code, code, code);

    private static PrefectureRef PrefectureOf(IReadOnlyDictionary<string, PrefectureRef> prefectures, string code) =>
        prefectures.TryGetValue(code, out var found) ? found : new PrefectureRef(code, code, code);

    /// <summary>Non-synthetic figures of <paramref name="values"/> with their labels and units, in initiative and fiscal-year order.</summary>
    private async Task<IReadOnlyList<(IndicatorFigureRow Row, string? Prefecture, string IndicatorCode)>> FiguresAsync(
        IQueryable<IndicatorValue> values,
        IReadOnlyList<PrefectureTile> prefectures,
        CancellationToken cancellationToken)
    {
        var prefectureRefs = prefectures.ToDictionary(p => p.Code, p => p.Ref, StringComparer.Ordinal);
        var rows = await (
                from v in values.AsNoTracking().Where(v => !v.IsSynthetic)
                join d in db.IndicatorDefinitions on v.IndicatorCode equals d.Code
                join i in db.Initiatives on v.InitiativeCode equals i.Code
                select new
                {
                    v.Id,
                    i.Code,
                    i.ChapterNumber,
                    i.Number,
                    TitleJa = i.Title.Ja,
                    TitleEn = i.Title.En,
                    v.FiscalYear,
                    v.PrefectureCode,
                    v.IndicatorCode,
                    LabelJa = d.Label.Ja,
                    LabelEn = d.Label.En,
                    UnitJa = d.Unit.Ja,
                    UnitEn = d.Unit.En,
                    v.Value,
                    v.Qualifier,
                    v.ActivityStatus,
                    v.Format,
                    v.NoteJa,
                    v.ReviewState,
                    Named = v.Prefectures.Select(p => p.PrefectureCode).ToList(),
                })
            .ToListAsync(cancellationToken);

        return rows
            .OrderBy(r => r.ChapterNumber)
            .ThenBy(r => r.Number)
            .ThenBy(r => r.FiscalYear)
            .ThenBy(r => r.PrefectureCode, StringComparer.Ordinal)
            .ThenBy(r => r.Id)
            .Select(r => (new IndicatorFigureRow(
                    new InitiativeRef(r.Code, r.TitleJa, r.TitleEn),
                    r.FiscalYear,
                    r.LabelJa,
                    r.LabelEn,
                    new FigureCell(r.Value, r.Qualifier, r.ActivityStatus, r.Format, r.UnitJa, r.UnitEn, r.NoteJa),
                    r.ReviewState,
                    r.PrefectureCode is not null ? [PrefectureOf(prefectureRefs, r.PrefectureCode)] : r.Named.Order(StringComparer.Ordinal).Select(c => PrefectureOf(prefectureRefs, c)).ToList()),
                r.PrefectureCode,
                r.IndicatorCode))
            .ToList();
    }

    private static async Task<IReadOnlyList<EventRow>> EventsAsync(
        IQueryable<Domain.Events.Event> events,
        IReadOnlyDictionary<string, InitiativeRef> initiatives,
        IReadOnlyDictionary<string, PrefectureRef> prefectures,
        CancellationToken cancellationToken)
    {
        var rows = await events.AsNoTracking()
            .Where(e => !e.IsSynthetic)
            .ToListAsync(cancellationToken);

        return rows
            .OrderBy(e => e.FiscalYear)
            .ThenBy(e => e.InitiativeCode, InitiativeCodeComparer.Instance)
            .ThenBy(e => e.Start?.ToString() ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Id)
            .Select(e => new EventRow(
                e.Id,
                InitiativeOf(initiatives, e.InitiativeCode),
                e.FiscalYear,
                e.NameJa,
                e.Start,
                e.End,
                e.VenueJa,
                e.HostPrefectureCode is null ? null : PrefectureOf(prefectures, e.HostPrefectureCode),
                e.Format,
                e.Status,
                e.CancelReasonJa,
                e.Exhibitors,
                e.BusinessMeetings,
                e.ParticipatingPrefectures,
                e.Visitors,
                e.PartnersJa,
                e.NoteJa))
            .ToList();
    }
}
