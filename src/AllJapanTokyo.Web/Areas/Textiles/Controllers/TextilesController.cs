using Microsoft.AspNetCore.Mvc;
using AllJapanTokyo.Web.Infrastructure.Localization;

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
}
