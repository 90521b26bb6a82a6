using System.Security.Claims;
using AllJapanTokyo.Domain.Crafts;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Crafts.Makers;
using AllJapanTokyo.Web.Areas.Crafts.Models;
using AllJapanTokyo.Web.Areas.Crafts.Register;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Crafts.Controllers;

/// <summary>
/// Makers' profiles: a maker keeps only its own (the profile is found by the signed-in account, never by an id it sends);
/// signed-in people of the measure read them.
/// </summary>
[Area("Crafts")]
[Route("crafts/makers")]
[Authorize]
public sealed class MakerProfileController(MakerProfiles profiles, CraftRegister register, AppDbContext db) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("me")]
    [Authorize(Roles = Roles.Maker)]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken)
    {
        var maker = await profiles.MineAsync(UserId, cancellationToken);
        var input = maker is null ? new MakerInput { Kind = nameof(CraftMakerKind.Craftsperson), PrefectureCode = "13" } : MakerInput.From(maker);
        return View(await PageAsync(maker, input, [], cancellationToken));
    }

    [HttpPost("me")]
    [Authorize(Roles = Roles.Maker)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Mine([FromForm] MakerInput input, CancellationToken cancellationToken)
    {
        var (problems, _) = await profiles.SaveAsync(UserId, input, cancellationToken);
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(await PageAsync(await profiles.MineAsync(UserId, cancellationToken), input, problems, cancellationToken));
        }

        return RedirectToAction(nameof(Mine));
    }

    [HttpPost("me/images")]
    [Authorize(Roles = Roles.Maker)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(CraftMakerImage.MaxBytes + 256 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = CraftMakerImage.MaxBytes + 256 * 1024)]
    public async Task<IActionResult> AddImage([FromForm] IFormFile? image, [FromForm] string? caption, CancellationToken cancellationToken)
    {
        CraftProblem? problem;
        if (image is null || image.Length == 0)
        {
            problem = CraftProblem.ImageMissing;
        }
        else if (image.Length > CraftMakerImage.MaxBytes)
        {
            problem = CraftProblem.ImageTooLarge;
        }
        else
        {
            var (content, _) = await ImageUploads.ReadAsync(image, cancellationToken);
            problem = await profiles.AddImageAsync(UserId, content ?? [], caption, cancellationToken);
        }

        if (problem is { } refused)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var maker = await profiles.MineAsync(UserId, cancellationToken);
            return View(nameof(Mine), await PageAsync(maker, maker is null ? new MakerInput() : MakerInput.From(maker), [new("image", refused)], cancellationToken));
        }

        return RedirectToAction(nameof(Mine));
    }

    [HttpPost("me/images/{imageId:int}/delete")]
    [Authorize(Roles = Roles.Maker)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> RemoveImage(int imageId, CancellationToken cancellationToken) =>
        await profiles.RemoveImageAsync(UserId, imageId, cancellationToken) ? RedirectToAction(nameof(Mine)) : NotFound();

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken) =>
        await profiles.ShowAsync(id, cancellationToken) is { } view ? View(view) : NotFound();

    [HttpGet("images/{imageId:int}")]
    public async Task<IActionResult> Image(int imageId, CancellationToken cancellationToken) =>
        await profiles.ImageAsync(imageId, cancellationToken) is { } image ? File(image.Content, image.ContentType) : NotFound();

    private async Task<MakerFormPage> PageAsync(CraftMaker? maker, MakerInput input, IReadOnlyList<CraftFieldProblem> problems, CancellationToken cancellationToken) =>
        new(maker, input, await db.PrefectureOptionsAsync(cancellationToken), await register.ListAsync(cancellationToken), problems);
}
