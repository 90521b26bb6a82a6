using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>
/// The procurement page of a signed-in buyer (its organisation's tenders) or enterprise (its company; its bids will
/// appear here). The organisation and company come from the sign-in claims, never from the address.
/// </summary>
[Area("Procurement")]
[Route("procurement/mine")]
[Authorize(Roles = Roles.BuyerStaff + "," + Roles.Enterprise)]
public sealed class MyProcurementController(ProcurementService service) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? page, CancellationToken cancellationToken)
    {
        var (filter, problems) = TenderFilter.From(new TenderSearchInput { Page = page });
        var isBuyer = User.IsInRole(Roles.BuyerStaff);
        var isEnterprise = User.IsInRole(Roles.Enterprise);
        var buyer = isBuyer && User.OrganizationId() is { } organizationId
            ? await service.BuyerTendersAsync(organizationId, filter.Page, cancellationToken)
            : null;
        var enterprise = isEnterprise && User.EnterpriseId() is { } enterpriseId
            ? await service.EnterpriseAsync(enterpriseId, cancellationToken)
            : null;
        var prefectures = await service.PrefecturesAsync(cancellationToken);
        return View(new MyProcurementViewModel(buyer, enterprise, isBuyer, isEnterprise, prefectures, problems));
    }
}
