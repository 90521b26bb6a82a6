using System.Security.Claims;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using AllJapanTokyo.Web.Infrastructure.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>
/// Public PR pages of approved enterprises (/procurement/enterprises/{id}) and the company account page of an
/// enterprise's users (/procurement/enterprises/mine): profile, logo and photos, colleague invitations.
/// </summary>
[Area("Procurement")]
[Route("procurement/enterprises")]
public sealed class EnterprisesController(EnterpriseProfileService service) : Controller
{
    [HttpGet("{id:int}")]
    [AllLanguages]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await service.PublicPageAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("{id:int}/images/{imageId:int}")]
    [ResponseCache(Duration = 300, Location = ResponseCacheLocation.Client)]
    public async Task<IActionResult> Image(int id, int imageId, CancellationToken cancellationToken)
    {
        var own = User.EnterpriseId() == id || User.IsInRole(Roles.Administrator);
        var image = await service.ImageAsync(id, imageId, own, cancellationToken);
        if (image is not { } found)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(found.Content, found.ContentType);
    }

    [HttpGet("mine")]
    [Authorize(Roles = Roles.Enterprise)]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId || await service.AccountAsync(enterpriseId, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        return View(model);
    }

    [HttpPost("mine/profile")]
    [Authorize(Roles = Roles.Enterprise)]
    public async Task<IActionResult> Profile([Bind(Prefix = "Profile")] EnterpriseProfileInput input, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await MineAgainAsync(enterpriseId, m => m with { Profile = input }, cancellationToken);
        }

        await service.UpdateProfileAsync(enterpriseId, input, cancellationToken);
        TempData["Message"] = "企業情報を更新しました。 / The company profile is updated.";
        return Redirect("/procurement/enterprises/mine");
    }

    [HttpPost("mine/images")]
    [Authorize(Roles = Roles.Enterprise)]
    [RequestSizeLimit(EnterpriseImage.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = EnterpriseImage.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> AddImage(IFormFile? file, string? kind, string? caption, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return NotFound();
        }

        var imageKind = string.Equals(kind, "logo", StringComparison.OrdinalIgnoreCase) ? EnterpriseImageKind.Logo : EnterpriseImageKind.Photo;
        string? problem;
        if (file is null || file.Length == 0)
        {
            problem = EnterpriseImage.Problem([]);
        }
        else
        {
            var (content, tooLarge) = await ImageUploads.ReadAsync(file, cancellationToken);
            problem = tooLarge ?? await service.AddImageAsync(enterpriseId, imageKind, content!, caption, cancellationToken);
        }

        if (problem is not null)
        {
            ModelState.AddModelError("file", problem);
            return await MineAgainAsync(enterpriseId, m => m with { Caption = caption }, cancellationToken);
        }

        TempData["Message"] = "画像を登録しました。 / The image is stored.";
        return Redirect("/procurement/enterprises/mine");
    }

    [HttpPost("mine/images/{imageId:int}/delete")]
    [Authorize(Roles = Roles.Enterprise)]
    public async Task<IActionResult> DeleteImage(int imageId, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId || !await service.DeleteImageAsync(enterpriseId, imageId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = "画像を削除しました。 / The image is deleted.";
        return Redirect("/procurement/enterprises/mine");
    }

    [HttpPost("mine/invitations")]
    [Authorize(Roles = Roles.Enterprise)]
    public async Task<IActionResult> Invite(string? email, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return NotFound();
        }

        var acceptUrl = $"{Request.Scheme}://{Request.Host}/account/invitation";
        var problem = await service.InviteAsync(enterpriseId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, email, acceptUrl, cancellationToken);
        if (problem is not null)
        {
            ModelState.AddModelError("email", problem);
            return await MineAgainAsync(enterpriseId, m => m with { InviteEmail = email }, cancellationToken);
        }

        TempData["Message"] = "招待メールを送信しました。 / The invitation is sent.";
        return Redirect("/procurement/enterprises/mine");
    }

    private async Task<IActionResult> MineAgainAsync(int enterpriseId, Func<EnterpriseAccountViewModel, EnterpriseAccountViewModel> keep, CancellationToken cancellationToken)
    {
        var model = await service.AccountAsync(enterpriseId, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Mine), keep(model));
    }
}
