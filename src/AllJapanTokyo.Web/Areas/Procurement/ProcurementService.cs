using System.Globalization;
using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement;

/// <summary>
/// The use cases of the Procurement area (initiative 1-1, ビジネスチャンス・ナビ2020): the programme's figures,
/// the buyers, the tender search with its CSV export, a tender's details and each user's own page.
/// Filters, counts and pages run in SQL so that the search stays fast with 50,000 tenders.
/// </summary>
public sealed class ProcurementService(AppDbContext db, TimeProvider clock, TenderSearchCache searchCache)
{
    public const string InitiativeCode = "1-1";

    internal AppDbContext Db => db;

    /// <summary>The search page's data, reused for a few seconds per distinct search (see <see cref="TenderSearchCache"/>).</summary>
    public Task<ProcurementIndexViewModel> IndexAsync(TenderFilter filter, IReadOnlyList<FilterProblem> problems, CancellationToken cancellationToken) =>
        searchCache.GetOrCreateAsync(filter, problems, () => BuildIndexAsync(filter, problems, cancellationToken));

    private async Task<ProcurementIndexViewModel> BuildIndexAsync(TenderFilter filter, IReadOnlyList<FilterProblem> problems, CancellationToken cancellationToken)
    {
        var initiative = await db.Initiatives.AsNoTracking()
            .Where(i => i.Code == InitiativeCode)
            .Select(i => new { TitleJa = i.Title.Ja, TitleEn = i.Title.En, i.ProgrammeJa })
            .FirstAsync(cancellationToken);
        var figures = await ProgrammeFiguresAsync(cancellationToken);
        var buyers = await db.Organizations.AsNoTracking()
            .Where(o => o.IsBuyer && !o.IsSynthetic)
            .OrderBy(o => o.NameJa)
            .Select(o => new BuyerItem(o.Id, o.NameJa, o.NameEn, o.Kind, o.UsesEBidding))
            .ToListAsync(cancellationToken);
        var prefectures = await PrefecturesAsync(cancellationToken);
        var search = await SearchAsync(filter, problems, cancellationToken);
        return new ProcurementIndexViewModel(initiative.TitleJa, initiative.TitleEn, initiative.ProgrammeJa, figures, buyers, prefectures, search);
    }

    /// <summary>The approved, real figures of 1-1 for its latest reported fiscal year (FY2020: 36,000件以上, 29団体, 6名).</summary>
    public async Task<IReadOnlyList<ProgrammeFigure>> ProgrammeFiguresAsync(CancellationToken cancellationToken)
    {
        var published = db.IndicatorValues.AsNoTracking()
            .Where(v => v.InitiativeCode == InitiativeCode && !v.IsSynthetic && v.PrefectureCode == null
                && v.ReviewState == Domain.Indicators.ReviewState.Approved);
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
                select new ProgrammeFigure(v.FiscalYear, d.Label.Ja, d.Label.En, v.Value, v.Qualifier, d.Unit.Ja, d.Unit.En, v.NoteJa))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PrefectureOption>> PrefecturesAsync(CancellationToken cancellationToken) =>
        await db.Prefectures.AsNoTracking()
            .OrderBy(p => p.Code)
            .Select(p => new PrefectureOption(p.Code, p.Name.Ja, p.Name.En))
            .ToListAsync(cancellationToken);

    /// <summary>One page of the public tender list; a page past the end falls back to the first page with a message.</summary>
    public async Task<TenderSearchResult> SearchAsync(TenderFilter filter, IReadOnlyList<FilterProblem> problems, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var filtered = Filtered(filter, now);
        var total = await filtered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + TenderFilter.PageSize - 1) / TenderFilter.PageSize);
        if (filter.Page > pageCount)
        {
            problems = [.. problems, TenderFilter.PageProblem(filter.Page.ToString(CultureInfo.InvariantCulture))];
            filter = filter with { Page = 1 };
        }

        var ids = await PageIdsAsync(filtered, filter.Sort, (filter.Page - 1) * TenderFilter.PageSize, now, cancellationToken);
        var items = await ListAsync(ids, now, cancellationToken);
        return new TenderSearchResult(filter, problems, items, total, pageCount);
    }

    /// <summary>
    /// A tender's details. Drafts are seen only by staff of the buyer that wrote them
    /// (<paramref name="viewerOrganizationId"/>); for everyone else they do not exist.
    /// </summary>
    public async Task<TenderDetailsViewModel?> DetailsAsync(int id, int? viewerOrganizationId, CancellationToken cancellationToken)
    {
        var details = await (
                from t in db.Tenders.AsNoTracking()
                where t.Id == id && (t.Status != TenderStatus.Draft || t.BuyerOrganizationId == viewerOrganizationId)
                join o in db.Organizations on t.BuyerOrganizationId equals o.Id
                join p in db.Prefectures on t.DeliveryPrefectureCode equals p.Code
                select new TenderDetailsViewModel(
                    t.Id, t.Reference, t.Title, t.Description, o.NameJa, o.NameEn, t.Category, t.Method, t.Status,
                    t.PublishedAtUtc, t.EnquiryEndUtc, t.TenderStartUtc, t.TenderEndUtc, t.BudgetYen,
                    t.DeliveryPrefectureCode, p.Name.Ja, p.Name.En, t.Nationwide, t.ContactJa, t.IsSynthetic))
            .FirstOrDefaultAsync(cancellationToken);
        return details is null ? null : details with { Status = StatusAt(details.Status, details.TenderStartUtc, details.TenderEndUtc, clock.GetUtcNow().UtcDateTime) };
    }

    /// <summary>Every tender of the search (all pages) for the CSV export, streamed in the search's order.</summary>
    public async IAsyncEnumerable<TenderCsvRow> CsvRowsAsync(TenderFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var buyers = await db.Organizations.AsNoTracking()
            .Where(o => db.Tenders.Any(t => t.BuyerOrganizationId == o.Id))
            .Select(o => new { o.Id, o.NameJa, o.NameEn })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
        var prefectures = (await PrefecturesAsync(cancellationToken)).ToDictionary(p => p.Code);
        var rows = Ordered(Filtered(filter, now), filter.Sort, now)
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
            var prefecture = prefectures[t.DeliveryPrefectureCode];
            yield return new TenderCsvRow(
                t.Reference, t.Title, Infrastructure.Display.Pick(buyer.NameJa, buyer.NameEn), t.Category, t.Method,
                Infrastructure.Display.Pick(prefecture.NameJa, prefecture.NameEn), t.Nationwide, t.TenderStartUtc, t.TenderEndUtc,
                t.BudgetYen, StatusAt(t.Status, t.TenderStartUtc, t.TenderEndUtc, now), t.IsSynthetic);
        }
    }

    /// <summary>The buyer's own tenders, drafts included, newest first.</summary>
    public async Task<BuyerTendersViewModel?> BuyerTendersAsync(int organizationId, int page, CancellationToken cancellationToken, TenderStatus? status = null)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == organizationId)
            .Select(o => new { o.Id, o.NameJa, o.NameEn, o.IsSynthetic })
            .FirstOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var own = db.Tenders.AsNoTracking().Where(t => t.BuyerOrganizationId == organizationId);
        if (status is { } wanted)
        {
            own = own.Where(TenderFilter.StatusIs(wanted, now));
        }

        var statusQuery = status is { } s ? $"status={s.Code()}&" : "";
        var total = await own.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + TenderFilter.PageSize - 1) / TenderFilter.PageSize);
        page = page > pageCount ? 1 : page;
        var items = await ListAsync(await PageIdsAsync(own, TenderSort.Newest, (page - 1) * TenderFilter.PageSize, now, cancellationToken), now, cancellationToken);
        return new BuyerTendersViewModel(
            organization.Id, organization.NameJa, organization.NameEn, organization.IsSynthetic, items, total,
            new Pager(page, pageCount, p => p == 1
                ? "/procurement/mine" + (statusQuery.Length == 0 ? "" : "?" + statusQuery.TrimEnd('&'))
                : $"/procurement/mine?{statusQuery}page={p.ToString(CultureInfo.InvariantCulture)}"));
    }

    public async Task<EnterpriseSummary?> EnterpriseAsync(int enterpriseId, CancellationToken cancellationToken) =>
        await (
                from e in db.Enterprises.AsNoTracking()
                where e.Id == enterpriseId
                join p in db.Prefectures on e.PrefectureCode equals p.Code
                select new EnterpriseSummary(e.NameJa, e.CorporateNumber, p.Name.Ja, p.Name.En, e.ScreeningStatus, e.IsSynthetic))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The status a reader sees now: the domain rule of <see cref="Tender.StatusAt"/>, applied to projected columns.</summary>
    internal static TenderStatus StatusAt(TenderStatus stored, DateTime tenderStartUtc, DateTime tenderEndUtc, DateTime nowUtc) =>
        new Tender
        {
            Reference = "",
            Title = "",
            Description = "",
            DeliveryPrefectureCode = "",
            Status = stored,
            TenderStartUtc = tenderStartUtc,
            TenderEndUtc = tenderEndUtc,
        }.StatusAt(nowUtc);

    private IQueryable<Tender> Filtered(TenderFilter filter, DateTime nowUtc) => filter.Apply(db.Tenders.AsNoTracking(), nowUtc);

    private static IQueryable<Tender> Ordered(IQueryable<Tender> query, TenderSort sort, DateTime nowUtc) => sort switch
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
    /// The ids of one page in the search's order. The deadline order (open tenders by nearest deadline, then closed ones
    /// by latest deadline) is read as two ranges of the TenderEndUtc index, each stopping at its page, rather than as one
    /// sort by a computed key: that sorted every matching tender for every page (28 ms for the unfiltered list of
    /// 50,000 on SQLite, bench/README.md).
    /// </summary>
    private static async Task<List<int>> PageIdsAsync(IQueryable<Tender> filtered, TenderSort sort, int skip, DateTime nowUtc, CancellationToken cancellationToken)
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
    private async Task<IReadOnlyList<TenderListItem>> ListAsync(IReadOnlyList<int> ids, DateTime nowUtc, CancellationToken cancellationToken)
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
                r.DeliveryPrefectureCode, r.TenderEndUtc, r.BudgetYen, StatusAt(r.Status, r.TenderStartUtc, r.TenderEndUtc, nowUtc), r.IsSynthetic))
            .ToList();
    }
}
