using Microsoft.AspNetCore.Mvc;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Areas.Textiles.Models;

namespace AllJapanTokyo.Web.Areas.Textiles.Controllers;

/// <summary>Measure 2-1: Tokyo designers and textile production regions, open to everyone.</summary>
[Area("Textiles")]
[Route("textiles")]
[AllLanguages]
public sealed class TextilesController(TextilesService textiles) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await textiles.IndexAsync(cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("regions/{code}")]
    public async Task<IActionResult> Region(string code, CancellationToken cancellationToken) =>
        await textiles.RegionAsync(code, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>A production region's profile: what it makes, its lots, lead times and sample policy (its contact comes with an introduction).</summary>
    [HttpGet("production-regions/{id:int}")]
    public async Task<IActionResult> ProductionRegion(int id, CancellationToken cancellationToken) =>
        await textiles.ProductionRegionAsync(id, cancellationToken) is { } item
            ? View(new ProductionRegionPage(item, TextilesActor.Of(User)?.MayKeep(item.Region) == true))
            : NotFound();
}
