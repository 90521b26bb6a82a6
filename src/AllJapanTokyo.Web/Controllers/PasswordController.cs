using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Models;
using AllJapanTokyo.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Controllers;

/// <summary>
/// Passwords: a forgotten one (a one-time link by mail, the same answer whether or not the address has an account), the
/// new one of a reset or account-setup link, and a signed-in person's change. Each ends the person's other sessions.
/// </summary>
[Route("account/password")]
public sealed class PasswordController(
    AccountCareService care,
    UserManager<AppUser> userManager,
    SignInManager<AppUser> signInManager,
    IStringLocalizer L) : Controller
{
    [HttpGet("forgot")]
    public IActionResult Forgot() => View(new EmailInput());

    [HttpPost("forgot")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> Forgot(EmailInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        await EvenAnswer.AfterAtLeastAsync(EvenAnswer.ForMail, () => care.RequestPasswordResetAsync(input.Email, PortalLanguage.Current));
        return View("~/Views/Account/MailSent.cshtml", MailSentKind.PasswordReset);
    }

    [HttpGet("reset")]
    public Task<IActionResult> Reset(string? userId, string? code) => LinkPageAsync(userId, code, nameof(ResetPost));

    [HttpPost("reset")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public Task<IActionResult> ResetPost(SetPasswordInput input) =>
        SetAsync(input, nameof(ResetPost), () => care.ResetPasswordAsync(input.UserId, input.Code, input.Password));

    [HttpGet("setup")]
    public Task<IActionResult> Setup(string? userId, string? code) => LinkPageAsync(userId, code, nameof(SetupPost));

    [HttpPost("setup")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public Task<IActionResult> SetupPost(SetPasswordInput input) =>
        SetAsync(input, nameof(SetupPost), () => care.SetUpAccountAsync(input.UserId, input.Code, input.Password));

    [HttpGet("change")]
    [Authorize]
    public IActionResult Change() => View(new ChangePasswordInput());

    [HttpPost("change")]
    [Authorize]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> Change(ChangePasswordInput input)
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await care.ChangePasswordAsync(user, input.CurrentPassword, input.Password);
            if (result.Succeeded)
            {
                // The stamp changed: every other session has ended; this one goes on.
                await signInManager.RefreshSignInAsync(user);
                TempData["Message"] = L["パスワードを変更しました。ほかの端末のログインは終了しました。"].Value;
                return RedirectToAction("Index", "Account");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(input.CurrentPassword) : RegistrationProblem.FieldOf(error),
                    error.Description);
            }
        }

        input.CurrentPassword = "";
        input.Password = "";
        input.ConfirmPassword = "";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(input);
    }

    /// <summary>The page a link opens: the new password's form, posting to <paramref name="postAction"/>.</summary>
    private async Task<IActionResult> LinkPageAsync(string? userId, string? code, string postAction)
    {
        if (string.IsNullOrEmpty(code) || !await care.LinkUserExistsAsync(userId))
        {
            return LinkGone();
        }

        ViewData["Action"] = postAction;
        return View("SetPassword", new SetPasswordInput { UserId = userId!, Code = code });
    }

    private async Task<IActionResult> SetAsync(SetPasswordInput input, string postAction, Func<Task<PasswordOutcome>> set)
    {
        if (ModelState.IsValid)
        {
            switch (await set())
            {
                case PasswordOutcome.Set:
                    TempData["Message"] = L["パスワードを設定しました。新しいパスワードでログインしてください。"].Value;
                    return RedirectToAction("Login", "Account");
                case PasswordOutcome.LinkGone:
                    return LinkGone();
                case PasswordOutcome.Refused refused:
                    foreach (var error in refused.Errors)
                    {
                        ModelState.AddModelError(RegistrationProblem.FieldOf(error), error.Description);
                    }

                    break;
            }
        }

        input.Password = "";
        input.ConfirmPassword = "";
        ViewData["Action"] = postAction;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("SetPassword", input);
    }

    private ViewResult LinkGone()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("LinkGone");
    }
}
