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
        new(Tenders, TendersByFiscalYearAsync),
        new(Bids, BidsByFiscalYearAsync),
        new(Awards, AwardsByFiscalYearAsync),
    ];

    /// <summary>Bids and awards count where the enterprise has its seat: how far beyond Tokyo the orders reach.</summary>
    private static IReadOnlyList<Column> PrefectureColumns { get; } =
    [
        new(Enterprises, EnterprisesByPrefectureAsync),
        new(Tenders, TendersByPrefectureAsync),
        new(Bids, BidsByPrefectureAsync),
        new(Awards, AwardsByPrefectureAsync),
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
                    new InitiativeRef(i.Code, i.TitleJa, i.TitleEn),
                    v.FiscalYear,
                    d.LabelJa,
                    d.LabelEn,
                    new FigureCell(v.Value, v.Qualifier, v.ActivityStatus, v.Format, d.UnitJa, d.UnitEn, v.NoteJa),
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
        var prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.NameJa, p.NameEn }).ToListAsync(cancellationToken);
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
    public static int FiscalYearOf(DateTime utc)
    {
        var japan = utc.AddHours(9);
        return japan.Month >= 4 ? japan.Year : japan.Year - 1;
    }

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

    /// <summary>Published tenders (drafts never count) by the fiscal year of their publication.</summary>
    private static Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>> TendersByFiscalYearAsync(AppDbContext db, CancellationToken cancellationToken) =>
        ByFiscalYearAsync(
            db.Tenders.Where(t => t.PublishedAtUtc != null).Select(t => new Dated { IsSynthetic = t.IsSynthetic, AtUtc = t.PublishedAtUtc!.Value }),
            cancellationToken);

    /// <summary>Bids still standing (withdrawn ones do not count) by the fiscal year they were submitted in.</summary>
    private static Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>> BidsByFiscalYearAsync(AppDbContext db, CancellationToken cancellationToken) =>
        ByFiscalYearAsync(
            from b in db.Bids
            where b.Status == BidStatus.Active
            join t in db.Tenders on b.TenderId equals t.Id
            join e in db.Enterprises on b.EnterpriseId equals e.Id
            select new Dated { IsSynthetic = t.IsSynthetic || e.IsSynthetic, AtUtc = b.SubmittedAtUtc },
            cancellationToken);

    /// <summary>Awards by the fiscal year of the award decision.</summary>
    private static Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>> AwardsByFiscalYearAsync(AppDbContext db, CancellationToken cancellationToken) =>
        ByFiscalYearAsync(
            from t in db.Tenders
            where t.AwardedAtUtc != null
            join b in db.Bids on t.AwardedBidId equals b.Id
            join e in db.Enterprises on b.EnterpriseId equals e.Id
            select new Dated { IsSynthetic = t.IsSynthetic || e.IsSynthetic, AtUtc = t.AwardedAtUtc!.Value },
            cancellationToken);

    /// <summary>Something counted at an instant, and whether it is synthetic.</summary>
    private sealed class Dated
    {
        public bool IsSynthetic { get; init; }

        public DateTime AtUtc { get; init; }
    }

    private static async Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>> ByFiscalYearAsync(IQueryable<Dated> rows, CancellationToken cancellationToken)
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

    /// <summary>Published tenders by delivery prefecture.</summary>
    private static async Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>> TendersByPrefectureAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.Tenders.AsNoTracking()
            .Where(t => t.PublishedAtUtc != null)
            .GroupBy(t => new { t.DeliveryPrefectureCode, t.IsSynthetic })
            .Select(g => new { g.Key.DeliveryPrefectureCode, g.Key.IsSynthetic, Count = g.LongCount() })
            .ToListAsync(cancellationToken))
        .Select(g => (g.DeliveryPrefectureCode, g.IsSynthetic, g.Count))
        .ToList();

    /// <summary>Bids still standing by the prefecture of the bidding enterprise.</summary>
    private static async Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>> BidsByPrefectureAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await (
                from b in db.Bids.AsNoTracking()
                where b.Status == BidStatus.Active
                join t in db.Tenders on b.TenderId equals t.Id
                join e in db.Enterprises on b.EnterpriseId equals e.Id
                group b by new { e.PrefectureCode, IsSynthetic = t.IsSynthetic || e.IsSynthetic } into g
                select new { g.Key.PrefectureCode, g.Key.IsSynthetic, Count = g.LongCount() })
            .ToListAsync(cancellationToken))
        .Select(g => (g.PrefectureCode, g.IsSynthetic, g.Count))
        .ToList();

    /// <summary>Awards by the prefecture of the winning enterprise.</summary>
    private static async Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>> AwardsByPrefectureAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await (
                from t in db.Tenders.AsNoTracking()
                where t.AwardedAtUtc != null
                join b in db.Bids on t.AwardedBidId equals b.Id
                join e in db.Enterprises on b.EnterpriseId equals e.Id
                group t by new { e.PrefectureCode, IsSynthetic = t.IsSynthetic || e.IsSynthetic } into g
                select new { g.Key.PrefectureCode, g.Key.IsSynthetic, Count = g.LongCount() })
            .ToListAsync(cancellationToken))
        .Select(g => (g.PrefectureCode, g.IsSynthetic, g.Count))
        .ToList();

    /// <summary>Approved enterprises by the prefecture of their seat.</summary>
    private static async Task<IReadOnlyList<(string Key, bool Synthetic, long Count)>> EnterprisesByPrefectureAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.Enterprises.AsNoTracking()
            .Where(e => e.ScreeningStatus == ScreeningStatus.Approved)
            .GroupBy(e => new { e.PrefectureCode, e.IsSynthetic })
            .Select(g => new { g.Key.PrefectureCode, g.Key.IsSynthetic, Count = g.LongCount() })
            .ToListAsync(cancellationToken))
        .Select(g => (g.PrefectureCode, g.IsSynthetic, g.Count))
        .ToList();
}
