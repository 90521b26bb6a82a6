using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.MyPage;
using AllJapanTokyo.Web.Areas.Procurement.Search;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>
/// The procurement page of a signed-in buyer (its organisation's tenders by state, a link to post one) or enterprise
/// (its bids with their results, its joint-bid notices). The organisation and company come from the sign-in claims, never from the address.
/// </summary>
[Area("Procurement")]
[Route("procurement/mine")]
[Authorize(Roles = Roles.BuyerStaff + "," + Roles.Enterprise)]
public sealed class MyProcurementController(MyProcurementService service) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? page, string? status, CancellationToken cancellationToken)
    {
        var (filter, problems) = TenderFilter.From(new TenderSearchInput { Page = page });
        var isBuyer = User.IsInRole(Roles.BuyerStaff);
        var isEnterprise = User.IsInRole(Roles.Enterprise);
        var statusFilter = string.IsNullOrEmpty(status) ? null : ProcurementText.ParseStatus(status);
        var buyer = isBuyer && User.OrganizationId() is { } organizationId
            ? await service.BuyerTendersAsync(organizationId, filter.Page, statusFilter, cancellationToken)
            : null;
        var counts = buyer is not null ? await service.StatusCountsAsync(buyer.OrganizationId, cancellationToken) : [];
        var enterpriseId = isEnterprise ? User.EnterpriseId() : null;
        var enterprise = enterpriseId is { } eid ? await service.EnterpriseAsync(eid, cancellationToken) : null;
        var bids = enterpriseId is { } bidder ? await service.EnterpriseBidsAsync(bidder, cancellationToken) : [];
        var interests = enterpriseId is { } interested ? await service.EnterpriseInterestsAsync(interested, cancellationToken) : [];
        var watched = enterpriseId is { } watcher ? await service.WatchedAsync(watcher, cancellationToken) : [];
        var unanswered = buyer is not null ? await service.UnansweredAsync(buyer.OrganizationId, cancellationToken) : new Dictionary<int, int>();
        return View(new MyProcurementViewModel(buyer, enterprise, isBuyer, isEnterprise, problems)
        {
            StatusCounts = counts,
            StatusFilter = statusFilter,
            Bids = bids,
            Interests = interests,
            Watched = watched,
            Unanswered = unanswered,
        });
    }
}
