using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Dashboard;
using AllJapanTokyo.Web.Areas.Tourism.Mice;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Tourism.Controllers;

/// <summary>
/// MICE with other Japanese cities (measure 5-2): the public page of the partner cities and their joint promotions by
/// fiscal year, in every language and served from the published-page store; Tokyo staff add, edit and remove promotions.
/// </summary>
[Area("Tourism")]
[Route("tourism/mice")]
public sealed class MiceController(MicePromotions promotions) : Controller
{
    [HttpGet("")]
    [AllLanguages]
    [PublishedPage]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await promotions.PageAsync(cancellationToken));

    [HttpGet("promotions/new")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => View("Edit", await promotions.NewFormAsync(cancellationToken));

    [HttpPost("promotions/new")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New([FromForm] MicePromotionInput input, CancellationToken cancellationToken) =>
        await ResultAsync(null, input, cancellationToken);

    [HttpGet("promotions/{id:int}/edit")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await promotions.EditFormAsync(id, cancellationToken) is { } form ? View(form) : NotFound();

    [HttpPost("promotions/{id:int}/edit")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, [FromForm] MicePromotionInput input, CancellationToken cancellationToken) =>
        await ResultAsync(id, input, cancellationToken);

    [HttpPost("promotions/{id:int}/remove")]
    [Authorize(Policy = Policies.TokyoStaff)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(int id, CancellationToken cancellationToken) =>
        await promotions.RemoveAsync(id, cancellationToken) ? RedirectToAction(nameof(Index)) : NotFound();

    /// <summary>A refused form is shown again with what was typed (422); a saved one leads to the public list.</summary>
    private async Task<IActionResult> ResultAsync(int? id, MicePromotionInput input, CancellationToken cancellationToken)
    {
        if (await promotions.SaveAsync(id, input, cancellationToken) is not { } problems)
        {
            return NotFound();
        }

        if (problems.Count == 0)
        {
            return RedirectToAction(nameof(Index));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", await promotions.FormAsync(id, input, problems, cancellationToken));
    }
}
