using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using AllJapanTokyo.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Controllers;

/// <summary>
/// MFA with an authenticator app: enrolment (forced for Tokyo officials and administrators, offered to everyone),
/// new recovery codes, and turning it off where the role allows. Every change ends the person's other sessions.
/// </summary>
[Authorize]
[Route("account/mfa")]
[AllowedBeforeMfaEnrolment]
public sealed class MfaController(
    MfaService mfa,
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    IStringLocalizer L) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Setup()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var status = await mfa.StatusAsync(user);
        if (status.Enabled)
        {
            return View(new MfaSetupViewModel(null, status, Forced: false));
        }

        var (enrolment, keyWasMade) = await mfa.EnrolmentAsync(user);
        if (keyWasMade)
        {
            await signInManager.RefreshSignInAsync(user);
        }

        return View(new MfaSetupViewModel(enrolment, status, MfaPolicy.MustEnrol(User)));
    }

    [HttpPost("")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> Enable(string? code)
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var codes = user.TwoFactorEnabled ? null : await mfa.EnableAsync(user, code);
        if (codes is null)
        {
            ModelState.AddModelError("code", L["確認コードが正しくありません。アプリに表示されている6桁の数字を入力してください。"].Value);
            var (enrolment, _) = await mfa.EnrolmentAsync(user);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Setup), new MfaSetupViewModel(enrolment, await mfa.StatusAsync(user), MfaPolicy.MustEnrol(User)));
        }

        await signInManager.RefreshSignInAsync(user);
        return View("RecoveryCodes", codes);
    }

    [HttpPost("recovery-codes")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> RenewRecoveryCodes(string? password, string? confirmationCode)
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Setup));
        }

        if (!await mfa.ConfirmAsync(user, password, confirmationCode))
        {
            return await RefusedConfirmationAsync(user);
        }

        return View("RecoveryCodes", await mfa.RenewRecoveryCodesAsync(user));
    }

    /// <summary>Only where the role does not require MFA.</summary>
    [HttpPost("disable")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> Disable(string? password, string? confirmationCode)
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if ((await mfa.StatusAsync(user)).Required)
        {
            return Forbid();
        }

        if (!await mfa.ConfirmAsync(user, password, confirmationCode))
        {
            return await RefusedConfirmationAsync(user);
        }

        await mfa.ResetAsync(user, actorEmail: null);
        await signInManager.RefreshSignInAsync(user);
        TempData["Message"] = L["2段階認証を解除しました。"].Value;
        return RedirectToAction("Index", "Account");
    }

    private async Task<IActionResult> RefusedConfirmationAsync(AppUser user)
    {
        ModelState.AddModelError("password", L["パスワードまたは確認コードが正しくありません。もう一度入力してください。"].Value);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Setup), new MfaSetupViewModel(null, await mfa.StatusAsync(user), Forced: false));
    }

    /// <summary>After enrolment: the role's home, now reachable.</summary>
    [HttpGet("done")]
    public IActionResult Done() => LocalRedirect(Url.HomeOf(User));
}
