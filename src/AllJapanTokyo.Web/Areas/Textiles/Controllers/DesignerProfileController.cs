using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Textiles.Designers;
using AllJapanTokyo.Web.Areas.Textiles.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Textiles.Controllers;

/// <summary>
/// The designers' shared profile (both matching measures link here): the designer keeps their own at /designers/me,
/// with portfolio images; the designer, Tokyo staff and the people the designer was introduced to read it; anyone else
/// gets 404.
/// </summary>
[Area("Textiles")]
[Route("designers")]
[Authorize]
public sealed class DesignerProfileController(DesignerProfiles profiles) : Controller
{
    [HttpGet("me")]
    [Authorize(Roles = Roles.Designer)]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken)
    {
        var designer = await profiles.MineAsync(UserId, cancellationToken);
        return View(new DesignerFormPage(designer, designer is null ? new DesignerInput() : DesignerInput.From(designer), [], Saved: TempData["saved"] is true));
    }

    /// <summary>Saves the profile (with an image to add, if one is chosen), or removes an image (<paramref name="removeImage"/>).</summary>
    [HttpPost("me")]
    [Authorize(Roles = Roles.Designer)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(Domain.Designers.DesignerImage.MaxBytes + 256 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = Domain.Designers.DesignerImage.MaxBytes + 256 * 1024)]
    public async Task<IActionResult> Mine([FromForm] DesignerInput input, IFormFile? image, [FromForm] int? removeImage, CancellationToken cancellationToken)
    {
        if (removeImage is { } imageId)
        {
            return await profiles.RemoveImageAsync(UserId, imageId, cancellationToken) ? Saved() : NotFound();
        }

        byte[]? content = null;
        if (image is { Length: > 0 })
        {
            var (read, tooLarge) = await ImageUploads.ReadAsync(image, cancellationToken);
            if (tooLarge is not null)
            {
                return await RefusedAsync(input, [new("Image", Domain.Designers.DesignerProblem.ImageTooLarge)], cancellationToken);
            }

            content = read;
        }

        var problems = await profiles.SaveAsync(UserId, input, content, cancellationToken);
        return problems.Count > 0 ? await RefusedAsync(input, problems, cancellationToken) : Saved();
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken) =>
        await profiles.ReadableAsync(id, User, cancellationToken) is { } designer ? View(designer) : NotFound();

    [HttpGet("{id:int}/images/{imageId:int}")]
    [ResponseCache(Duration = 300, Location = ResponseCacheLocation.Client)]
    public async Task<IActionResult> Image(int id, int imageId, CancellationToken cancellationToken)
    {
        if (await profiles.ReadableAsync(id, User, cancellationToken) is null || await profiles.ImageAsync(id, imageId, cancellationToken) is not { } image)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(image.Content, image.ContentType);
    }

    private string UserId => TextilesActor.Of(User)!.UserId;

    private RedirectToActionResult Saved()
    {
        TempData["saved"] = true;
        return RedirectToAction(nameof(Mine));
    }

    private async Task<IActionResult> RefusedAsync(DesignerInput input, IReadOnlyList<DesignerFormProblem> problems, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Mine), new DesignerFormPage(await profiles.MineAsync(UserId, cancellationToken), input, problems, Saved: false));
    }
}
