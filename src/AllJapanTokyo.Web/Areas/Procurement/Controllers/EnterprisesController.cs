using System.Security.Claims;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>
/// Public PR pages of approved enterprises (/procurement/enterprises/{id}) and the company account page of an
/// enterprise's users (/procurement/enterprises/mine): profile, logo and photos, colleague invitations.
/// </summary>
[Area("Procurement")]
[Route("procurement/enterprises")]
public sealed class EnterprisesController(EnterpriseProfileService service, InvitationService invitations, IStringLocalizer L) : Controller
{
    [HttpGet("{id:int}")]
    [AllLanguages]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var model = await service.PublicPageAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>The images of the PR page are linked in the page's language, so they answer under every prefix.</summary>
    [HttpGet("{id:int}/images/{imageId:int}")]
    [AllLanguages]
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

        if (CompanyFigures.CapitalProblem(input.CapitalYen) is { } capitalProblem)
        {
            ModelState.AddModelError("Profile." + nameof(input.CapitalYen), L.CapitalRefused(capitalProblem));
        }

        if (CompanyFigures.EmployeesProblem(input.Employees) is { } employeesProblem)
        {
            ModelState.AddModelError("Profile." + nameof(input.Employees), L.EmployeesRefused(employeesProblem));
        }

        if (!ModelState.IsValid)
        {
            return await MineAgainAsync(enterpriseId, m => m with { Profile = input }, cancellationToken);
        }

        if (!await service.UpdateProfileAsync(enterpriseId, input, cancellationToken))
        {
            // What this person typed is shown again, checked next time against what is stored now.
            ModelState.AddModelError("", L.SavedMeanwhile().Value);
            return await MineAgainAsync(
                enterpriseId,
                m =>
                {
                    input.Version = m.Profile.Version;
                    return m with { Profile = input };
                },
                cancellationToken,
                StatusCodes.Status409Conflict);
        }

        TempData["Message"] = L["企業情報を更新しました。"].Value;
        return RedirectToAction(nameof(Mine));
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
        EnterpriseImageProblem? problem;
        if (file is null || file.Length == 0)
        {
            problem = EnterpriseImageProblem.NoFile;
        }
        else
        {
            var (content, tooLarge) = await ImageUploads.ReadAsync(file, cancellationToken);
            problem = tooLarge ?? await service.AddImageAsync(enterpriseId, imageKind, content!, caption, cancellationToken);
        }

        if (problem is not null)
        {
            ModelState.AddModelError("file", L.Of(problem.Value).Value);
            return await MineAgainAsync(enterpriseId, m => m with { Caption = caption }, cancellationToken);
        }

        TempData["Message"] = L["画像を登録しました。"].Value;
        return RedirectToAction(nameof(Mine));
    }

    [HttpPost("mine/images/{imageId:int}/delete")]
    [Authorize(Roles = Roles.Enterprise)]
    public async Task<IActionResult> DeleteImage(int imageId, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId || !await service.DeleteImageAsync(enterpriseId, imageId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = L["画像を削除しました。"].Value;
        return RedirectToAction(nameof(Mine));
    }

    [HttpPost("mine/invitations")]
    [Authorize(Roles = Roles.Enterprise)]
    public async Task<IActionResult> Invite(string? email, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return NotFound();
        }

        var problem = await invitations.InviteAsync(enterpriseId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, email, PortalLanguage.Current, cancellationToken);
        if (problem is { } refused)
        {
            ModelState.AddModelError("email", L.Of(refused).Value);
            return await MineAgainAsync(enterpriseId, m => m with { InviteEmail = email }, cancellationToken);
        }

        TempData["Message"] = L["招待メールを送信しました。"].Value;
        return RedirectToAction(nameof(Mine));
    }

    private async Task<IActionResult> MineAgainAsync(
        int enterpriseId,
        Func<EnterpriseAccountViewModel, EnterpriseAccountViewModel> keep,
        CancellationToken cancellationToken,
        int status = StatusCodes.Status422UnprocessableEntity)
    {
        var model = await service.AccountAsync(enterpriseId, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return View(nameof(Mine), keep(model));
    }
}
