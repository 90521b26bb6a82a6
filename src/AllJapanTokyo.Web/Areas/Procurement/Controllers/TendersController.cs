using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>The public face of ビジネスチャンス・ナビ2020: figures, buyers, the tender search, its CSV and a tender's page.</summary>
[Area("Procurement")]
[Route("procurement")]
public sealed class TendersController(ProcurementService service) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] TenderSearchInput input, CancellationToken cancellationToken)
    {
        var (filter, problems) = TenderFilter.From(input);
        return View(await service.IndexAsync(filter, problems, cancellationToken));
    }

    [HttpGet("tenders/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var viewerOrganization = User.IsInRole(Roles.BuyerStaff) ? User.OrganizationId() : null;
        var model = await service.DetailsAsync(id, viewerOrganization, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The search's whole result (every page) as CSV; unusable filter values are left out, as on the page.</summary>
    [HttpGet("tenders.csv")]
    public IActionResult Csv([FromQuery] TenderSearchInput input, CancellationToken cancellationToken)
    {
        var (filter, _) = TenderFilter.From(input);
        return new TenderCsvResult(service.CsvRowsAsync(filter, cancellationToken), "tenders.csv");
    }
}
