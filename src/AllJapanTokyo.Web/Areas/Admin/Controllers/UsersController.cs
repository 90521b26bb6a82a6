using System.Globalization;
using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Admin.Models;
using AllJapanTokyo.Web.Areas.Admin.Users;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Admin.Controllers;

/// <summary>The administrators' user administration: /admin/users.</summary>
[Area("Admin")]
[Route("admin/users")]
[Authorize(Policy = Policies.Administration)]
public sealed class UsersController(UserAdminService service, IStringLocalizer L) : Controller
{
    private string ActorId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private string ActorEmail => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? role, string? page, CancellationToken cancellationToken)
    {
        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1;
        return View(await service.ListAsync(q, role, number, cancellationToken));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View((new UserInput { Role = Roles.PrefectureStaff }, await service.OptionsAsync(cancellationToken)));

    [HttpPost("new")]
    public async Task<IActionResult> Create(UserInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (id, problem) = await service.CreateAsync(input, ActorEmail, PortalLanguage.Current, cancellationToken);
            if (id is not null)
            {
                TempData["Message"] = L["アカウントを作成し、パスワード設定のリンクをメールで送りました。"].Value;
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(FieldOf(problem!.Value), L.Of(problem.Value).Value);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View((input, await service.OptionsAsync(cancellationToken)));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Details(string id, CancellationToken cancellationToken) =>
        await service.DetailsAsync(id, ActorId, null, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id}")]
    public async Task<IActionResult> Update(string id, UserInput input, CancellationToken cancellationToken)
    {
        // The address is the account's name; it is not changed here.
        ModelState.Remove(nameof(UserInput.Email));
        var problem = ModelState.IsValid ? await service.UpdateAsync(id, input, ActorId, ActorEmail, cancellationToken) : null;
        if (ModelState.IsValid && problem is null)
        {
            TempData["Message"] = L["ロール・担当を変更しました。このアカウントのログインは終了しました。"].Value;
            return RedirectToAction(nameof(Details), new { id });
        }

        return await AgainAsync(id, input, problem, cancellationToken);
    }

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id, string? version, CancellationToken cancellationToken) =>
        DoAsync(id, () => service.SetDisabledAsync(id, true, version, ActorId, ActorEmail), L["利用を停止しました。このアカウントのログインは終了しました。"].Value, cancellationToken);

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id, string? version, CancellationToken cancellationToken) =>
        DoAsync(id, () => service.SetDisabledAsync(id, false, version, ActorId, ActorEmail), L["利用を再開しました。"].Value, cancellationToken);

    [HttpPost("{id}/reset-mfa")]
    public Task<IActionResult> ResetMfa(string id, string? version, CancellationToken cancellationToken) =>
        DoAsync(id, () => service.ResetMfaAsync(id, version, ActorEmail), L["2段階認証をリセットしました。次のログインで設定し直します。"].Value, cancellationToken);

    private async Task<IActionResult> DoAsync(string id, Func<Task<UserAdminProblem?>> change, string done, CancellationToken cancellationToken)
    {
        if (await change() is not { } problem)
        {
            TempData["Message"] = done;
            return RedirectToAction(nameof(Details), new { id });
        }

        return await AgainAsync(id, null, problem, cancellationToken);
    }

    private async Task<IActionResult> AgainAsync(string id, UserInput? input, UserAdminProblem? problem, CancellationToken cancellationToken)
    {
        if (problem is { } refused)
        {
            ModelState.AddModelError(FieldOf(refused), L.Of(refused).Value);
        }

        // A stale form shows the account as it is now.
        var typed = problem == UserAdminProblem.ChangedMeanwhile ? null : input;
        if (await service.DetailsAsync(id, ActorId, typed, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Details), model);
    }

    private static string FieldOf(UserAdminProblem problem) => problem switch
    {
        UserAdminProblem.EmailTaken => nameof(UserInput.Email),
        UserAdminProblem.RoleNotManaged => nameof(UserInput.Role),
        UserAdminProblem.PrefectureMissing => nameof(UserInput.PrefectureCode),
        UserAdminProblem.OrganizationMissing => nameof(UserInput.OrganizationId),
        UserAdminProblem.RegionMissing or UserAdminProblem.RegionTaken => nameof(UserInput.RegionCode),
        _ => "",
    };
}
