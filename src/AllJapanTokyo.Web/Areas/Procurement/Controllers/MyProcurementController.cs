using AllJapanTokyo.Domain.Procurement;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Procurement.Models;
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
public sealed class MyProcurementController(ProcurementService service, BuyerWorkspaceService workspace, BiddingService bidding) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? page, string? status, CancellationToken cancellationToken)
    {
        var (filter, problems) = TenderFilter.From(new TenderSearchInput { Page = page });
        var isBuyer = User.IsInRole(Roles.BuyerStaff);
        var isEnterprise = User.IsInRole(Roles.Enterprise);
        TenderStatus? statusFilter = string.IsNullOrEmpty(status) ? null : Enum.GetValues<TenderStatus>().Cast<TenderStatus?>().FirstOrDefault(s => s!.Value.Code() == status);
        var buyer = isBuyer && User.OrganizationId() is { } organizationId
            ? await service.BuyerTendersAsync(organizationId, filter.Page, cancellationToken, statusFilter)
            : null;
        var counts = buyer is not null ? await workspace.StatusCountsAsync(buyer.OrganizationId, cancellationToken) : [];
        var enterpriseId = isEnterprise ? User.EnterpriseId() : null;
        var enterprise = enterpriseId is { } eid ? await service.EnterpriseAsync(eid, cancellationToken) : null;
        var bids = enterpriseId is { } bidder ? await bidding.EnterpriseBidsAsync(bidder, cancellationToken) : [];
        var interests = enterpriseId is { } interested ? await bidding.EnterpriseInterestsAsync(interested, cancellationToken) : [];
        var prefectures = await service.PrefecturesAsync(cancellationToken);
        return View(new MyProcurementViewModel(buyer, enterprise, isBuyer, isEnterprise, prefectures, problems)
        {
            StatusCounts = counts,
            StatusFilter = statusFilter,
            Bids = bids,
            Interests = interests,
        });
    }
}
