using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard;

/// <summary>
/// Figures of the tender portal for reporting (issue 5 item 8, feeding initiative 1-1 on the dashboard): registered
/// enterprises, buyer organisations using e-bidding, tenders per fiscal year and per prefecture. Synthetic rows are
/// counted apart and never added to programme facts. Each table is a list of columns, each column one query that
/// returns (key, synthetic?, count). A bid or an award is synthetic when its tender or its enterprise is.
/// </summary>
public sealed class ProcurementFiguresService(AppDbContext db)
{
    /// <summary>Initiative 1-1 (ビジネスチャンス・ナビ2020), whose FY values these figures feed.</summary>
    public const string InitiativeCode = "1-1";

    public const string TendersColumn = "tenders";
    public const string EnterprisesColumn = "enterprises";
    public const string BidsColumn = "bids";
    public const string AwardsColumn = "awards";

    /// <summary>A column: its heading and the query that counts it per key (fiscal year or prefecture code).</summary>
    private sealed record Column(ProcurementColumn Heading, Func<AppDbContext, CancellationToken, Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>>> Count);

    private static readonly ProcurementColumn Tenders = new(TendersColumn, "公告された案件数", "Tenders published", "件", "tenders");
    private static readonly ProcurementColumn Enterprises = new(EnterprisesColumn, "登録企業数（承認済み）", "Registered enterprises (approved)", "社", "companies");
    private static readonly ProcurementColumn Bids = new(BidsColumn, "入札数（取下げを除く）", "Bids (not withdrawn)", "件", "bids");
    private static readonly ProcurementColumn Awards = new(AwardsColumn, "落札数", "Awards", "件", "awards");

    private static IReadOnlyList<Column> FiscalYearColumns { get; } =
    [
        new(Tenders, (db, ct) => ByFiscalYearAsync(PublishedTenders(db), ct)),
        new(Bids, (db, ct) => ByFiscalYearAsync(StandingBids(db), ct)),
        new(Awards, (db, ct) => ByFiscalYearAsync(AwardsOf(db), ct)),
    ];

    /// <summary>Bids and awards count where the enterprise has its seat: how far beyond Tokyo the orders reach.</summary>
    private static IReadOnlyList<Column> PrefectureColumns { get; } =
    [
        new(Enterprises, (db, ct) => ByPrefectureAsync(ApprovedEnterprises(db), ct)),
        new(Tenders, (db, ct) => ByPrefectureAsync(PublishedTenders(db), ct)),
        new(Bids, (db, ct) => ByPrefectureAsync(StandingBids(db), ct)),
        new(Awards, (db, ct) => ByPrefectureAsync(AwardsOf(db), ct)),
    ];

    public async Task<ProcurementFigures> FiguresAsync(CancellationToken cancellationToken)
    {
        var enterprises = await db.Enterprises.AsNoTracking()
            .GroupBy(e => new { e.IsSynthetic, e.ScreeningStatus })
            .Select(g => new { g.Key.IsSynthetic, g.Key.ScreeningStatus, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        RealAndSynthetic Enterprises(ScreeningStatus status) => new(
            enterprises.Where(e => !e.IsSynthetic && e.ScreeningStatus == status).Sum(e => e.Count),
            enterprises.Where(e => e.IsSynthetic && e.ScreeningStatus == status).Sum(e => e.Count));

        var buyers = await db.Organizations.AsNoTracking()
            .Where(o => o.IsBuyer)
            .GroupBy(o => new { o.IsSynthetic, o.UsesEBidding })
            .Select(g => new { g.Key.IsSynthetic, g.Key.UsesEBidding, Count = g.LongCount() })
            .ToListAsync(cancellationToken);

        var reported = await (
                from v in db.IndicatorValues.AsNoTracking()
                where v.InitiativeCode == InitiativeCode && v.PrefectureCode == null && !v.IsSynthetic && v.ReviewState == ReviewState.Approved
                join d in db.IndicatorDefinitions on v.IndicatorCode equals d.Code
                join i in db.Initiatives on v.InitiativeCode equals i.Code
                orderby v.FiscalYear descending, v.IndicatorCode
                select new IndicatorFigureRow(
                    new InitiativeRef(i.Code, i.Title.Ja, i.Title.En),
                    v.FiscalYear,
                    d.Label.Ja,
                    d.Label.En,
                    new FigureCell(v.Value, v.Qualifier, v.ActivityStatus, v.Format, d.Unit.Ja, d.Unit.En, v.NoteJa),
                    v.ReviewState,
                    new List<PrefectureRef>()))
            .ToListAsync(cancellationToken);

        var fiscalYearCells = await CellsAsync(FiscalYearColumns, cancellationToken);
        var years = fiscalYearCells.Keys.Select(int.Parse).Union(ParticipationRules.FiscalYears).Order().ToList();
        var byFiscalYear = years
            .Select(y => new ProcurementRow(
                y.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new FiscalYear(y).JapaneseLabel,
                new FiscalYear(y).EnglishLabel,
                null,
                fiscalYearCells.GetValueOrDefault(y.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? new Dictionary<string, RealAndSynthetic>()))
            .ToList();

        var prefectureCells = await CellsAsync(PrefectureColumns, cancellationToken);
        var prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, NameJa = p.Name.Ja, NameEn = p.Name.En }).ToListAsync(cancellationToken);
        var byPrefecture = prefectures
            .Select(p => new ProcurementRow(p.Code, p.NameJa, p.NameEn, $"/prefectures/{p.Code}", prefectureCells.GetValueOrDefault(p.Code) ?? new Dictionary<string, RealAndSynthetic>()))
            .ToList();

        return new ProcurementFigures(
            Enterprises(ScreeningStatus.Approved),
            Enterprises(ScreeningStatus.Pending),
            new(buyers.Where(b => !b.IsSynthetic && b.UsesEBidding).Sum(b => b.Count), buyers.Where(b => b.IsSynthetic && b.UsesEBidding).Sum(b => b.Count)),
            new(buyers.Where(b => !b.IsSynthetic).Sum(b => b.Count), buyers.Where(b => b.IsSynthetic).Sum(b => b.Count)),
            reported,
            FiscalYearColumns.Select(c => c.Heading).ToList(),
            byFiscalYear,
            PrefectureColumns.Select(c => c.Heading).ToList(),
            byPrefecture);
    }

    /// <summary>The fiscal year (April–March, Japan time) of an instant stored in UTC.</summary>
    public static int FiscalYearOf(DateTime utc) => FiscalYear.Containing(Tender.JapanDay(utc)).StartYear;

    private async Task<Dictionary<string, Dictionary<string, RealAndSynthetic>>> CellsAsync(IReadOnlyList<Column> columns, CancellationToken cancellationToken)
    {
        var cells = new Dictionary<string, Dictionary<string, RealAndSynthetic>>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            foreach (var (key, synthetic, count) in await column.Count(db, cancellationToken))
            {
                if (!cells.TryGetValue(key, out var row))
                {
                    cells[key] = row = new Dictionary<string, RealAndSynthetic>(StringComparer.Ordinal);
                }

                var cell = row.GetValueOrDefault(column.Heading.Code) ?? RealAndSynthetic.Zero;
                row[column.Heading.Code] = synthetic ? cell with { Synthetic = cell.Synthetic + count } : cell with { Real = cell.Real + count };
            }
        }

        return cells;
    }

    /// <summary>Published tenders (drafts never count), at their publication, in their delivery prefecture.</summary>
    private static IQueryable<Counted> PublishedTenders(AppDbContext db) =>
        db.Tenders.Where(t => t.PublishedAtUtc != null)
            .Select(t => new Counted { IsSynthetic = t.IsSynthetic, AtUtc = t.PublishedAtUtc!.Value, PrefectureCode = t.DeliveryPrefectureCode });

    /// <summary>Bids still standing (withdrawn ones do not count), at their submission, in the bidder's prefecture.</summary>
    private static IQueryable<Counted> StandingBids(AppDbContext db) =>
        from b in db.Bids
        where b.Status == BidStatus.Active
        join t in db.Tenders on b.TenderId equals t.Id
        join e in db.Enterprises on b.EnterpriseId equals e.Id
        select new Counted { IsSynthetic = t.IsSynthetic || e.IsSynthetic, AtUtc = b.SubmittedAtUtc, PrefectureCode = e.PrefectureCode };

    /// <summary>Awards, at the award decision, in the winner's prefecture.</summary>
    private static IQueryable<Counted> AwardsOf(AppDbContext db) =>
        from t in db.Tenders
        where t.AwardedAtUtc != null
        join b in db.Bids on t.AwardedBidId equals b.Id
        join e in db.Enterprises on b.EnterpriseId equals e.Id
        select new Counted { IsSynthetic = t.IsSynthetic || e.IsSynthetic, AtUtc = t.AwardedAtUtc!.Value, PrefectureCode = e.PrefectureCode };

    /// <summary>Approved enterprises, at their registration, in the prefecture of their seat.</summary>
    private static IQueryable<Counted> ApprovedEnterprises(AppDbContext db) =>
        db.Enterprises.Where(e => e.ScreeningStatus == ScreeningStatus.Approved)
            .Select(e => new Counted { IsSynthetic = e.IsSynthetic, AtUtc = e.RegisteredAtUtc, PrefectureCode = e.PrefectureCode });

    /// <summary>One thing counted: whether it is synthetic, when it happened and where.</summary>
    private sealed class Counted
    {
        public bool IsSynthetic { get; init; }

        public DateTime AtUtc { get; init; }

        public required string PrefectureCode { get; init; }
    }

    private static async Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>> ByFiscalYearAsync(IQueryable<Counted> rows, CancellationToken cancellationToken)
    {
        // Japan is UTC+9 all year: the fiscal year starts on 31 March at 15:00 UTC. Grouped by UTC year and month in the
        // database, with the last nine hours of 31 March apart, then turned into fiscal years here.
        var months = await rows.AsNoTracking()
            .GroupBy(r => new
            {
                r.IsSynthetic,
                r.AtUtc.Year,
                r.AtUtc.Month,
                Late = r.AtUtc.Month == 3 && r.AtUtc.Day == 31 && r.AtUtc.Hour >= 15,
            })
            .Select(g => new { g.Key.IsSynthetic, g.Key.Year, g.Key.Month, g.Key.Late, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return months
            .GroupBy(m => (m.Month >= 4 || m.Late ? m.Year : m.Year - 1, m.IsSynthetic))
            .Select(g => (g.Key.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.IsSynthetic, g.Sum(m => m.Count)))
            .ToList();
    }

    private static async Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>> ByPrefectureAsync(IQueryable<Counted> rows, CancellationToken cancellationToken) =>
        (await rows.AsNoTracking()
            .GroupBy(r => new { r.PrefectureCode, r.IsSynthetic })
            .Select(g => new { g.Key.PrefectureCode, g.Key.IsSynthetic, Count = g.LongCount() })
            .ToListAsync(cancellationToken))
        .Select(g => (g.PrefectureCode, g.IsSynthetic, g.Count))
        .ToList();
}
