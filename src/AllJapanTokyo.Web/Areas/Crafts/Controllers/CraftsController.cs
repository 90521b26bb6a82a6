using Microsoft.AspNetCore.Mvc;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.Crafts.Controllers;

/// <summary>Traditional crafts (measure 2-2) and their collaborations with crafts of other prefectures, open to everyone.</summary>
[Area("Crafts")]
[Route("crafts")]
[AllLanguages]
public sealed class CraftsController(CraftsService crafts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await crafts.IndexAsync(cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("collaborations/{id:int}")]
    public async Task<IActionResult> Collaboration(int id, CancellationToken cancellationToken) =>
        await crafts.CollaborationAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("collaborations/images/{imageId:int}")]
    public async Task<IActionResult> CollaborationImage(int imageId, CancellationToken cancellationToken) =>
        await crafts.CollaborationImageAsync(imageId, cancellationToken) is { } image ? File(image.Content, image.Type) : NotFound();
}
