using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Tourism.Controllers;

/// <summary>
/// Attracting foreign travellers together with regions across Japan (measures 5-1 … 5-6, 6-2, 6-5): public pages. They
/// show only the report's partners and routes and published figures, so anonymous visitors are served their rendered
/// HTML from the published-page store until published data change (ADR 0005), as the dashboard's pages are.
/// </summary>
[Area("Tourism")]
[Route("tourism")]
[AllLanguages]
[PublishedPage]
public sealed class TourismController(TourismService tourism) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await tourism.GetIndexAsync(cancellationToken));

    [HttpGet("routes/{id:int}")]
    public async Task<IActionResult> TouristRoute(int id, CancellationToken cancellationToken) =>
        await tourism.GetRouteAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("partners/{id:int}")]
    public async Task<IActionResult> Partner(int id, CancellationToken cancellationToken) =>
        await tourism.GetPartnerAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("fy/{fy:int}")]
    public async Task<IActionResult> FiscalYear(int fy, CancellationToken cancellationToken) =>
        await tourism.GetFiscalYearAsync(fy, cancellationToken) is { } model ? View(model) : NotFound();
}
