using AllJapanTokyo.Domain.AntennaShops;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.AntennaShops.Models;
using AllJapanTokyo.Web.Areas.AntennaShops.Shops;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Controllers;

/// <summary>
/// The staff's keeping of the shop directory: each prefecture's staff add and edit their own prefecture's shops (another
/// prefecture's shop is refused), Tokyo staff any; the CSV import checks a whole file first and stores it only whole.
/// </summary>
[Area("AntennaShops")]
[Route("antenna-shops/shops")]
[Authorize(Policy = Policies.Reporting)]
public sealed class ShopStaffController(ShopDirectory directory, AppDbContext db) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", new ShopFormPage(null, new ShopInput { PrefectureCode = User.PrefectureCode(), HasRestaurant = "no", Languages = "ja" }, await db.PrefectureOptionsAsync(cancellationToken), []));

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> New([FromForm] ShopInput input, CancellationToken cancellationToken) => SaveAsync(null, input, cancellationToken);

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (await directory.ShopAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (!AntennaShopsController.Keeper(User)!.MayKeep(item.Shop))
        {
            return Forbid();
        }

        return View(new ShopFormPage(id, ShopInput.From(item.Shop), await db.PrefectureOptionsAsync(cancellationToken), []) { HasPhoto = await directory.HasPhotoAsync(id, cancellationToken) });
    }

    [HttpPost("{id:int}/edit")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Edit(int id, [FromForm] ShopInput input, CancellationToken cancellationToken) => SaveAsync(id, input, cancellationToken);

    /// <summary>
    /// Uploads the shop's photo (PNG, JPEG, GIF or WebP by content, up to 5 MB), replacing the one before. Another
    /// prefecture's staff are refused (403) before the file is read; nothing is stored on any problem.
    /// </summary>
    [HttpPost("{id:int}/photo")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(AntennaShopPhoto.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = AntennaShopPhoto.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Photo(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        var keeper = AntennaShopsController.Keeper(User)!;
        if (await directory.ShopAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (!keeper.MayKeep(item.Shop))
        {
            return Forbid();
        }

        var (content, tooLarge) = file is { Length: > 0 } ? await ImageUploads.ReadAsync(file, cancellationToken, AntennaShopPhoto.MaxBytes) : ([], null);
        var problem = tooLarge;
        if (problem is null && await directory.SetPhotoAsync(id, content!, keeper, cancellationToken) is { } outcome)
        {
            problem = outcome.Problem;
        }

        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", new ShopFormPage(id, ShopInput.From(item.Shop), await db.PrefectureOptionsAsync(cancellationToken), [])
            {
                HasPhoto = await directory.HasPhotoAsync(id, cancellationToken),
                PhotoProblem = problem,
            });
        }

        return RedirectToAction("Shop", "AntennaShops", new { area = "AntennaShops", id });
    }

    [HttpPost("{id:int}/photo/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> DeletePhoto(int id, CancellationToken cancellationToken) =>
        await directory.SetPhotoAsync(id, null, AntennaShopsController.Keeper(User)!, cancellationToken) switch
        {
            null => NotFound(),
            { NotYourShop: true } => Forbid(),
            _ => RedirectToAction("Edit", new { id }),
        };

    [HttpGet("import")]
    public IActionResult Import() => View(new ShopImportPage(null, null));

    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(CsvImports.MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Import([FromForm] IFormFile? file, [FromForm] string? text, [FromForm] string? command, CancellationToken cancellationToken)
    {
        text = await CsvImports.TextAsync(file, text, cancellationToken);
        var result = await directory.ImportAsync(text, AntennaShopsController.Keeper(User)!, command == "commit", cancellationToken);
        if (!result.Accepted)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(new ShopImportPage(result, result.Committed ? null : text));
    }

    private async Task<IActionResult> SaveAsync(int? id, ShopInput input, CancellationToken cancellationToken)
    {
        var saved = await directory.SaveAsync(id, input, AntennaShopsController.Keeper(User)!, cancellationToken);
        if (saved is not { } outcome)
        {
            return NotFound();
        }

        if (outcome.Problems.Count > 0)
        {
            Response.StatusCode = outcome.Problems.Any(p => p.Problem == ShopProblem.NotYourPrefecture) ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
            return View("Edit", new ShopFormPage(id, input, await db.PrefectureOptionsAsync(cancellationToken), outcome.Problems));
        }

        return RedirectToAction("Shop", "AntennaShops", new { area = "AntennaShops", id = outcome.Id });
    }
}
