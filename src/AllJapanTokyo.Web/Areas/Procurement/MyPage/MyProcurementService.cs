using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllJapanTokyo.Web.Areas.Procurement.MyPage;

/// <summary>
/// The procurement page of a signed-in buyer (its organisation's tenders by status) or enterprise (its company, its bids
/// with their results, its joint-bid notices).
/// </summary>
public sealed class MyProcurementService(AppDbContext db, TimeProvider clock)
{
    private const int MaxBidsListed = 200;

    /// <summary>The buyer's own tenders, drafts included, newest first, optionally in one status as of now.</summary>
    public async Task<BuyerTendersViewModel?> BuyerTendersAsync(int organizationId, int page, TenderStatus? status, CancellationToken cancellationToken)
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
            own = own.Where(Tender.StatusIs(wanted, now));
        }

        var total = await own.CountAsync(cancellationToken);
        var pageCount = TenderLists.PageCount(total);
        page = page > pageCount ? 1 : page;
        var ids = await TenderLists.PageIdsAsync(own, TenderSort.Newest, (page - 1) * TenderFilter.PageSize, now, cancellationToken);
        var items = await TenderLists.ItemsAsync(db, ids, now, cancellationToken);
        return new BuyerTendersViewModel(
            organization.Id, organization.NameJa, organization.NameEn, organization.IsSynthetic, items, total,
            new Pager(page, pageCount, "MyProcurement", "Index", p => PageValues(status, p)),
            await db.PrefectureNamesAsync(cancellationToken));
    }

    /// <summary>How many of the organisation's tenders are in each status now, every status listed: one grouped query.</summary>
    public async Task<IReadOnlyList<StatusCount>> StatusCountsAsync(int organizationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await db.Tenders.AsNoTracking()
            .Where(t => t.BuyerOrganizationId == organizationId)
            .Select(Tender.StatusExpression(now))
            .GroupBy(status => status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        return Enum.GetValues<TenderStatus>().Select(s => new StatusCount(s, counts.GetValueOrDefault(s))).ToList();
    }

    public async Task<EnterpriseSummary?> EnterpriseAsync(int enterpriseId, CancellationToken cancellationToken) =>
        await (
                from e in db.Enterprises.AsNoTracking()
                where e.Id == enterpriseId
                join p in db.Prefectures on e.PrefectureCode equals p.Code
                select new EnterpriseSummary(e.NameJa, e.CorporateNumber, p.Name, e.ScreeningStatus, e.IsSynthetic))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The enterprise's own bids with their results, newest first.</summary>
    public async Task<IReadOnlyList<EnterpriseBidItem>> EnterpriseBidsAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (
                from b in db.Bids.AsNoTracking()
                where b.EnterpriseId == enterpriseId
                join t in db.Tenders on b.TenderId equals t.Id
                orderby b.SubmittedAtUtc descending
                select new { t.Id, t.Reference, t.Title, b.AmountYen, b.Status, b.SubmittedAtUtc, TenderStatus = t.Status, t.TenderStartUtc, t.TenderEndUtc, Won = t.AwardedBidId == b.Id, t.IsSynthetic, t.MaterialChangeAtUtc })
            .Take(MaxBidsListed)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new EnterpriseBidItem(
                r.Id, r.Reference, r.Title, r.AmountYen, r.Status, r.SubmittedAtUtc,
                Tender.StatusAt(r.TenderStatus, r.TenderStartUtc, r.TenderEndUtc, now), r.TenderEndUtc, r.Won, r.IsSynthetic,
                r.Status == BidStatus.Active && Bid.PlacedBefore(r.SubmittedAtUtc, r.MaterialChangeAtUtc)))
            .ToList();
    }

    public async Task<IReadOnlyList<EnterpriseInterestItem>> EnterpriseInterestsAsync(int enterpriseId, CancellationToken cancellationToken) =>
        await (
                from i in db.TenderInterests.AsNoTracking()
                where i.EnterpriseId == enterpriseId
                join t in db.Tenders on i.TenderId equals t.Id
                orderby i.RegisteredAtUtc descending
                select new EnterpriseInterestItem(t.Id, t.Reference, t.Title, i.Message))
            .ToListAsync(cancellationToken);

    /// <summary>The tenders the company watches, by deadline, with their status now and their last amendment.</summary>
    public async Task<IReadOnlyList<WatchedTenderItem>> WatchedAsync(int enterpriseId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (
                from w in db.TenderWatches.AsNoTracking()
                where w.EnterpriseId == enterpriseId
                join t in db.Tenders on w.TenderId equals t.Id
                orderby t.TenderEndUtc
                select new
                {
                    t.Id, t.Reference, t.Title, t.Status, t.TenderStartUtc, t.TenderEndUtc,
                    LastAmended = db.TenderAmendments.Where(a => a.TenderId == t.Id).Max(a => (DateTime?)a.AmendedAtUtc),
                })
            .Take(MaxBidsListed)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new WatchedTenderItem(r.Id, r.Reference, r.Title, Tender.StatusAt(r.Status, r.TenderStartUtc, r.TenderEndUtc, now), r.TenderEndUtc, r.LastAmended)).ToList();
    }

    /// <summary>How many questions on the organisation's tenders wait for an answer: in all, and per tender.</summary>
    public async Task<IReadOnlyDictionary<int, int>> UnansweredAsync(int organizationId, CancellationToken cancellationToken) =>
        await db.TenderQuestions.AsNoTracking()
            .Where(q => q.AnsweredAtUtc == null && db.Tenders.Any(t => t.Id == q.TenderId && t.BuyerOrganizationId == organizationId))
            .GroupBy(q => q.TenderId)
            .Select(g => new { TenderId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TenderId, g => g.Count, cancellationToken);

    /// <summary>The query values of the buyer's list on <paramref name="page"/>: the status filter and the page, when not the first.</summary>
    private static Dictionary<string, string> PageValues(TenderStatus? status, int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (status is { } s)
        {
            values["status"] = s.Code();
        }

        if (page > 1)
        {
            values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }
}
