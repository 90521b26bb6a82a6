using Microsoft.AspNetCore.Mvc;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Controllers;

/// <summary>Promoting the prefectures' antenna shops in Tokyo (measure 6-1): public pages.</summary>
[Area("AntennaShops")]
[Route("antenna-shops")]
[AllLanguages]
public sealed class AntennaShopsController(AntennaShopsService antennaShops) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await antennaShops.GetIndexAsync(cancellationToken));

    [HttpGet("stamp-rallies/{fy:int}")]
    public async Task<IActionResult> StampRally(int fy, CancellationToken cancellationToken) =>
        await antennaShops.GetRallyAsync(fy, cancellationToken) is { } model ? View(model) : NotFound();
}
