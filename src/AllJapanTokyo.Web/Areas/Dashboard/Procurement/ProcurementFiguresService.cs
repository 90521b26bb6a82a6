using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard.Models;
using AllJapanTokyo.Web.Areas.Dashboard.Participation;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Dashboard.Procurement;

/// <summary>
/// Figures of the tender portal for reporting, feeding initiative 1-1 on the dashboard: registered
/// enterprises, buyer organisations using e-bidding, tenders per fiscal year and per prefecture. Synthetic rows are
/// counted apart and never added to programme facts. Each table is a list of columns, each column one query that
/// returns (key, synthetic?, count). A bid or an award is synthetic when its tender or its enterprise is.
/// </summary>
public sealed class ProcurementFiguresService(AppDbContext db)
{
    /// <summary>Initiative 1-1 (ビジネスチャンス・ナビ2020), whose FY values these figures feed.</summary>
    public const string InitiativeCode = "1-1";

    /// <summary>A column and the query that counts it per key (fiscal year or prefecture code).</summary>
    private sealed record Column(ProcurementColumn Heading, Func<AppDbContext, CancellationToken, Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>>> Count);

    private static IReadOnlyList<Column> FiscalYearColumns { get; } =
    [
        new(ProcurementColumn.Tenders, (db, ct) => ByFiscalYearAsync(PublishedTenders(db), ct)),
        new(ProcurementColumn.Bids, (db, ct) => ByFiscalYearAsync(StandingBids(db), ct)),
        new(ProcurementColumn.Awards, (db, ct) => ByFiscalYearAsync(AwardsOf(db), ct)),
    ];

    /// <summary>Bids and awards count where the enterprise has its seat: how far beyond Tokyo the orders reach.</summary>
    private static IReadOnlyList<Column> PrefectureColumns { get; } =
    [
        new(ProcurementColumn.Enterprises, (db, ct) => ByPrefectureAsync(ApprovedEnterprises(db), ct)),
        new(ProcurementColumn.Tenders, (db, ct) => ByPrefectureAsync(PublishedTenders(db), ct)),
        new(ProcurementColumn.Bids, (db, ct) => ByPrefectureAsync(StandingBids(db), ct)),
        new(ProcurementColumn.Awards, (db, ct) => ByPrefectureAsync(AwardsOf(db), ct)),
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
                from v in db.IndicatorValues.AsNoTracking().Where(IndicatorValue.IsPublished)
                where v.InitiativeCode == InitiativeCode && v.PrefectureCode == null
                join d in db.IndicatorDefinitions on v.IndicatorCode equals d.Code
                join i in db.Initiatives on v.InitiativeCode equals i.Code
                orderby v.FiscalYear descending, v.IndicatorCode
                select new { i.Code, i.Title, v.FiscalYear, d.Label, v.Value, v.Qualifier, v.ActivityStatus, v.Format, d.Unit, v.NoteJa, v.ReviewState })
            .ToListAsync(cancellationToken);

        var fiscalYearCells = await CellsAsync(FiscalYearColumns, cancellationToken);
        var years = fiscalYearCells.Keys.Select(int.Parse).Union(ParticipationRules.FiscalYears).Order().ToList();
        var byFiscalYear = years
            .Select(y => (Year: y, Key: y.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(y => new ProcurementRow(y.Key, y.Year, null, fiscalYearCells.GetValueOrDefault(y.Key) ?? []))
            .ToList();

        var prefectureCells = await CellsAsync(PrefectureColumns, cancellationToken);
        var byPrefecture = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).Select(p => new PrefectureRef(p.Code, p.Name)).ToListAsync(cancellationToken);

        return new ProcurementFigures(
            new Dictionary<ProcurementSummaryFigure, RealAndSynthetic>
            {
                [ProcurementSummaryFigure.ApprovedEnterprises] = Enterprises(ScreeningStatus.Approved),
                [ProcurementSummaryFigure.PendingEnterprises] = Enterprises(ScreeningStatus.Pending),
                [ProcurementSummaryFigure.EBiddingOrganizations] = new(buyers.Where(b => !b.IsSynthetic && b.UsesEBidding).Sum(b => b.Count), buyers.Where(b => b.IsSynthetic && b.UsesEBidding).Sum(b => b.Count)),
                [ProcurementSummaryFigure.BuyerOrganizations] = new(buyers.Where(b => !b.IsSynthetic).Sum(b => b.Count), buyers.Where(b => b.IsSynthetic).Sum(b => b.Count)),
            },
            reported
                .Select(r => new IndicatorFigureRow(new InitiativeRef(r.Code, r.Title), r.FiscalYear, r.Label, new FigureCell(r.Value, r.Qualifier, r.ActivityStatus, r.Format, r.Unit, r.NoteJa), r.ReviewState, []))
                .ToList(),
            FiscalYearColumns.Select(c => c.Heading).ToList(),
            byFiscalYear,
            PrefectureColumns.Select(c => c.Heading).ToList(),
            byPrefecture.Select(p => new ProcurementRow(p.Code, null, p, prefectureCells.GetValueOrDefault(p.Code) ?? [])).ToList());
    }

    private async Task<Dictionary<string, Dictionary<ProcurementColumn, RealAndSynthetic>>> CellsAsync(IReadOnlyList<Column> columns, CancellationToken cancellationToken)
    {
        var cells = new Dictionary<string, Dictionary<ProcurementColumn, RealAndSynthetic>>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            foreach (var (key, synthetic, count) in await column.Count(db, cancellationToken))
            {
                if (!cells.TryGetValue(key, out var row))
                {
                    cells[key] = row = [];
                }

                var cell = row.GetValueOrDefault(column.Heading) ?? RealAndSynthetic.Zero;
                row[column.Heading] = synthetic ? cell with { Synthetic = cell.Synthetic + count } : cell with { Real = cell.Real + count };
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
