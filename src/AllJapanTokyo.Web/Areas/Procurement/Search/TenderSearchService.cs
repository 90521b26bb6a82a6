using System.Globalization;
using System.Runtime.CompilerServices;
using AllJapanTokyo.Domain.Common;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Indicators;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.Search;

/// <summary>
/// The public face of initiative 1-1 (ビジネスチャンス・ナビ2020): the programme's figures, the buyers, the tender search
/// and its CSV export. Filters, counts and pages run in SQL so that the search stays fast with 50,000 tenders.
/// </summary>
public sealed class TenderSearchService(AppDbContext db, TimeProvider clock, TenderSearchCache searchCache, TenderSearchMemory memory, PublishedViewCache published)
{
    public const string InitiativeCode = "1-1";

    /// <summary>
    /// The search page's data, reused for a few seconds per distinct search (see <see cref="TenderSearchCache"/>). For a
    /// signed-in company (<paramref name="enterpriseId"/>) the page says on each row whether it may bid and may narrow
    /// to those: that page is the company's own, and never cached.
    /// </summary>
    public async Task<ProcurementIndexViewModel> IndexAsync(TenderFilter filter, IReadOnlyList<FilterProblem> problems, int? enterpriseId, CancellationToken cancellationToken)
    {
        var viewer = enterpriseId is { } id ? await ViewerAsync(id, cancellationToken) : null;
        if (viewer is null)
        {
            filter = filter with { EligibleOnly = false };
            var version = await published.TendersVersionAsync(cancellationToken);
            return await searchCache.GetOrCreateAsync(version, filter, problems, () => BuildIndexAsync(filter, problems, null, version, cancellationToken));
        }

        return await BuildIndexAsync(filter, problems, viewer, null, cancellationToken);
    }

    /// <summary>The company as the search reads it: its prefecture, and whether it may bid (<see cref="Enterprise.MayBid"/>).</summary>
    private async Task<TenderViewer?> ViewerAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        var bidders = db.Enterprises.Where(Enterprise.MayBid);
        return await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId)
            .Select(e => new TenderViewer(e.Id, e.PrefectureCode, bidders.Any(b => b.Id == e.Id)))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The tenders a company may take part in now: open (<see cref="Tender.OpenAt"/>), open to its prefecture
    /// (<see cref="Tender.EligibleFor"/>), and only while the company may bid (<see cref="Enterprise.MayBid"/>), all in SQL.
    /// </summary>
    private IQueryable<Tender> OpenTo(IQueryable<Tender> tenders, TenderViewer viewer, DateTime nowUtc)
    {
        var bidder = db.Enterprises.Where(Enterprise.MayBid).Where(e => e.Id == viewer.EnterpriseId);
        return tenders.Where(Tender.OpenAt(nowUtc)).Where(Tender.EligibleFor(viewer.PrefectureCode)).Where(t => bidder.Any());
    }

    private async Task<ProcurementIndexViewModel> BuildIndexAsync(TenderFilter filter, IReadOnlyList<FilterProblem> problems, TenderViewer? viewer, long? tendersVersion, CancellationToken cancellationToken)
    {
        // The initiative, its published figures, the named buyers and the prefectures barely change: read once per
        // published-data version (PublishedViewCache, ADR 0005), not four queries per search.
        var reference = await published.GetOrCreateAsync("procurement-search-reference", ReferenceAsync, cancellationToken);
        var search = await SearchAsync(filter, problems, viewer, cancellationToken, tendersVersion);
        return new ProcurementIndexViewModel(reference.Title, reference.Figures, reference.Buyers, reference.Prefectures, search) { Viewer = viewer };
    }

    private sealed record SearchReference(LocalizedText Title, IReadOnlyList<ProgrammeFigure> Figures, IReadOnlyList<BuyerItem> Buyers, PrefectureNames Prefectures);

    private async Task<SearchReference> ReferenceAsync(CancellationToken cancellationToken)
    {
        var title = await db.Initiatives.AsNoTracking()
            .Where(i => i.Code == InitiativeCode)
            .Select(i => i.Title)
            .FirstAsync(cancellationToken);
        var figures = await ProgrammeFiguresAsync(cancellationToken);
        var buyers = await db.Organizations.AsNoTracking()
            .Where(o => o.IsBuyer && !o.IsSynthetic)
            .OrderBy(o => o.NameJa)
            .Select(o => new BuyerItem(o.Id, o.NameJa, o.NameEn, o.UsesEBidding))
            .ToListAsync(cancellationToken);
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        return new SearchReference(title, figures, buyers, prefectures);
    }

    /// <summary>The published figures of 1-1 for its latest reported fiscal year (FY2020: 36,000件以上, 29団体, 6名).</summary>
    private async Task<IReadOnlyList<ProgrammeFigure>> ProgrammeFiguresAsync(CancellationToken cancellationToken)
    {
        var published = db.IndicatorValues.AsNoTracking()
            .Where(IndicatorValue.IsPublished)
            .Where(v => v.InitiativeCode == InitiativeCode && v.PrefectureCode == null);
        var latest = await published.MaxAsync(v => (int?)v.FiscalYear, cancellationToken);
        if (latest is null)
        {
            return [];
        }

        return await (
                from v in published
                where v.FiscalYear == latest
                join d in db.IndicatorDefinitions on v.IndicatorCode equals d.Code
                orderby v.Id
                select new ProgrammeFigure(v.FiscalYear, d.Label, v.Value, v.Qualifier, d.Unit, v.NoteJa))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One page of the public tender list; a page past the end falls back to the first page with a problem.</summary>
    /// <remarks>
    /// The matches are found, counted and paged in memory (<see cref="TenderSearchMemory"/>, one snapshot per tenders'
    /// version, <paramref name="tendersVersion"/> when the caller has read it), and only the page's rows are read; a
    /// signed-in company's 「参加できる案件のみ」 depends on the company and runs in SQL.
    /// </remarks>
    public async Task<TenderSearchResult> SearchAsync(TenderFilter filter, IReadOnlyList<FilterProblem> problems, TenderViewer? viewer, CancellationToken cancellationToken, long? tendersVersion = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int total;
        List<int> ids;
        TenderSearchSnapshot? snapshot = null;
        if (filter.EligibleOnly && viewer is not null)
        {
            var filtered = OpenTo(filter.Apply(db.Tenders.AsNoTracking(), db.TenderSearchGrams, now), viewer, now);
            total = await filtered.CountAsync(cancellationToken);
            if (filter.Page > TenderLists.PageCount(total))
            {
                (problems, filter) = PastTheEnd(problems, filter);
            }

            ids = await TenderLists.PageIdsAsync(filtered, filter.Sort, (filter.Page - 1) * TenderFilter.PageSize, now, cancellationToken);
        }
        else
        {
            snapshot = await memory.SnapshotAsync(db, tendersVersion ?? await published.TendersVersionAsync(cancellationToken), cancellationToken);
            (total, ids) = snapshot.Search(filter, filter.Page, now);
            if (filter.Page > TenderLists.PageCount(total))
            {
                (problems, filter) = PastTheEnd(problems, filter);
                ids = snapshot.Search(filter, 1, now).PageIds;
            }
        }

        var items = snapshot is null ? await TenderLists.ItemsAsync(db, ids, now, cancellationToken) : await ItemsAsync(snapshot, ids, now, cancellationToken);
        return new TenderSearchResult(filter, problems, items, total, TenderLists.PageCount(total));
    }

    /// <summary>
    /// The page's rows from the snapshot (<see cref="TenderLists.ItemsAsync"/>'s answer, without reading the tenders):
    /// the buyers' names are kept per published-data version, as the page's list of buyers is, and a buyer missing from
    /// them (an organisation added since) is read then.
    /// </summary>
    private async Task<IReadOnlyList<TenderListItem>> ItemsAsync(TenderSearchSnapshot snapshot, List<int> ids, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var rows = ids.Select(snapshot.Find).OfType<TenderSearchSnapshot.Row>().ToList();
        var buyers = await published.GetOrCreateAsync("procurement-search-buyer-names", BuyerNamesAsync, cancellationToken);
        var missing = rows.Select(r => r.BuyerOrganizationId).Where(id => !buyers.ContainsKey(id)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var read = await db.Organizations.AsNoTracking()
                .Where(o => missing.Contains(o.Id))
                .Select(o => new BuyerName(o.Id, o.NameJa, o.NameEn))
                .ToDictionaryAsync(o => o.Id, cancellationToken);
            buyers = new Dictionary<int, BuyerName>(buyers.Concat(read));
        }

        return rows
            .Select(r => new TenderListItem(
                r.Id, r.Reference, r.Title, buyers[r.BuyerOrganizationId].NameJa, buyers[r.BuyerOrganizationId].NameEn, r.Category,
                r.DeliveryPrefectureCode, r.TenderEndUtc, r.BudgetYen, Tender.StatusAt(r.Status, r.TenderStartUtc, r.TenderEndUtc, nowUtc), r.IsSynthetic,
                r.Nationwide, r.EligiblePrefectureCodes))
            .ToList();
    }

    private sealed record BuyerName(int Id, string NameJa, string? NameEn);

    /// <summary>The names of every organisation that buys: a few hundred rows, read once per published-data version.</summary>
    private async Task<IReadOnlyDictionary<int, BuyerName>> BuyerNamesAsync(CancellationToken cancellationToken) =>
        await db.Organizations.AsNoTracking()
            .Where(o => db.Tenders.Any(t => t.BuyerOrganizationId == o.Id))
            .Select(o => new BuyerName(o.Id, o.NameJa, o.NameEn))
            .ToDictionaryAsync(o => o.Id, cancellationToken);

    private static (IReadOnlyList<FilterProblem> Problems, TenderFilter Filter) PastTheEnd(IReadOnlyList<FilterProblem> problems, TenderFilter filter) =>
        ([.. problems, TenderFilter.PageProblem(filter.Page.ToString(CultureInfo.InvariantCulture))], filter with { Page = 1 });

    /// <summary>Every tender of the search (all pages) for the CSV export, streamed in the search's order.</summary>
    public async IAsyncEnumerable<TenderCsvRow> CsvRowsAsync(TenderFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var buyers = await db.Organizations.AsNoTracking()
            .Where(o => db.Tenders.Any(t => t.BuyerOrganizationId == o.Id))
            .Select(o => new { o.Id, o.NameJa, o.NameEn })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var prefectures = await db.PrefectureNamesAsync(cancellationToken);
        var rows = TenderLists.Ordered(filter.Apply(db.Tenders.AsNoTracking(), db.TenderSearchGrams, now), filter.Sort, now)
            .Select(t => new
            {
                t.Reference,
                t.Title,
                t.BuyerOrganizationId,
                t.Category,
                t.Method,
                t.DeliveryPrefectureCode,
                t.Nationwide,
                t.TenderStartUtc,
                t.TenderEndUtc,
                t.BudgetYen,
                t.Status,
                t.IsSynthetic,
            })
            .AsAsyncEnumerable();
        await foreach (var t in rows.WithCancellation(cancellationToken))
        {
            var buyer = buyers[t.BuyerOrganizationId];
            yield return new TenderCsvRow(
                t.Reference, t.Title, buyer.NameJa, buyer.NameEn, t.Category, t.Method, prefectures[t.DeliveryPrefectureCode], t.Nationwide,
                t.TenderStartUtc, t.TenderEndUtc, t.BudgetYen, Tender.StatusAt(t.Status, t.TenderStartUtc, t.TenderEndUtc, now), t.IsSynthetic);
        }
    }
}

/// <summary>
/// A page of a tender list (the public search, a buyer's own tenders): the ids of the page in the list's order, then
/// the page's columns. Both lists read tenders the same way, so they share this.
/// </summary>
public static class TenderLists
{
    public static int PageCount(int total) => Math.Max(1, (total + TenderFilter.PageSize - 1) / TenderFilter.PageSize);

    public static IQueryable<Tender> Ordered(IQueryable<Tender> query, TenderSort sort, DateTime nowUtc) => sort switch
    {
        TenderSort.Newest => query
            .OrderByDescending(t => t.PublishedAtUtc ?? t.TenderStartUtc)
            .ThenByDescending(t => t.Id),
        // Open tenders first, the nearest deadline on top; then the closed ones, the latest deadline first.
        _ => query
            .OrderBy(t => t.TenderEndUtc > nowUtc ? 0 : 1)
            .ThenBy(t => t.TenderEndUtc > nowUtc ? t.TenderEndUtc : nowUtc)
            .ThenByDescending(t => t.TenderEndUtc)
            .ThenBy(t => t.Id),
    };

    /// <summary>
    /// The ids of one page in the list's order. The deadline order (open tenders by nearest deadline, then closed ones
    /// by latest deadline) is read as two ranges of the TenderEndUtc index, each stopping at its page, rather than as one
    /// sort by a computed key: that sorted every matching tender for every page (28 ms for the unfiltered list of
    /// 50,000 on SQLite, bench/README.md).
    /// </summary>
    public static async Task<List<int>> PageIdsAsync(IQueryable<Tender> filtered, TenderSort sort, int skip, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (sort != TenderSort.Deadline)
        {
            return await Ordered(filtered, sort, nowUtc).Skip(skip).Take(TenderFilter.PageSize).Select(t => t.Id).ToListAsync(cancellationToken);
        }

        var open = filtered.Where(t => t.TenderEndUtc > nowUtc);
        var openCount = await open.CountAsync(cancellationToken);
        var ids = skip < openCount
            ? await open.OrderBy(t => t.TenderEndUtc).ThenBy(t => t.Id).Skip(skip).Take(TenderFilter.PageSize).Select(t => t.Id).ToListAsync(cancellationToken)
            : [];
        if (ids.Count < TenderFilter.PageSize)
        {
            ids.AddRange(await filtered.Where(t => t.TenderEndUtc <= nowUtc)
                .OrderByDescending(t => t.TenderEndUtc).ThenBy(t => t.Id)
                .Skip(Math.Max(0, skip - openCount)).Take(TenderFilter.PageSize - ids.Count)
                .Select(t => t.Id).ToListAsync(cancellationToken));
        }

        return ids;
    }

    /// <summary>
    /// One page of listed columns, with the buyer names of that page only and the status as of now.
    /// A deferred join: the sort and offset run over ids alone (narrow rows, an index), then the page's
    /// columns are read by id. On SQLite this makes a deep page of 50,000 tenders several times faster.
    /// </summary>
    public static async Task<IReadOnlyList<TenderListItem>> ItemsAsync(AppDbContext db, IReadOnlyList<int> ids, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var rows = await db.Tenders.AsNoTracking()
            .Where(t => ids.Contains(t.Id))
            .Select(t => new
            {
                t.Id,
                t.Reference,
                t.Title,
                t.BuyerOrganizationId,
                t.Category,
                t.DeliveryPrefectureCode,
                t.TenderStartUtc,
                t.TenderEndUtc,
                t.BudgetYen,
                t.Status,
                t.IsSynthetic,
                t.Nationwide,
                t.EligiblePrefectureCodes,
            })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var buyerIds = rows.Values.Select(r => r.BuyerOrganizationId).Distinct().ToList();
        var buyers = await db.Organizations.AsNoTracking()
            .Where(o => buyerIds.Contains(o.Id))
            .Select(o => new { o.Id, o.NameJa, o.NameEn })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        return ids
            .Where(rows.ContainsKey)
            .Select(id => rows[id])
            .Select(r => new TenderListItem(
                r.Id, r.Reference, r.Title, buyers[r.BuyerOrganizationId].NameJa, buyers[r.BuyerOrganizationId].NameEn, r.Category,
                r.DeliveryPrefectureCode, r.TenderEndUtc, r.BudgetYen, Tender.StatusAt(r.Status, r.TenderStartUtc, r.TenderEndUtc, nowUtc), r.IsSynthetic,
                r.Nationwide, r.EligiblePrefectureCodes))
            .ToList();
    }
}
