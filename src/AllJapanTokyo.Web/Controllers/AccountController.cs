using System.Security.Claims;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Models;
using AllJapanTokyo.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace AllJapanTokyo.Web.Controllers;

/// <summary>
/// Sign-in (with the authenticator's code or a recovery code when MFA is on), sign-out, SME self-registration with
/// e-mail confirmation and the acceptance of a colleague invitation. The use cases are in the Account folder's
/// services; this controller turns their codes into the page's words. Answers about an address never tell whether it
/// has an account.
/// </summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signInManager,
    UserManager<AppUser> userManager,
    AppDbContext db,
    AccountService accounts,
    AccountCareService care,
    RegistrationService registration,
    InvitationService invitations,
    MfaPolicy mfa,
    SecurityLog log,
    TimeProvider clock,
    IStringLocalizer L,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>Registration posts carry at most one logo and the text fields.</summary>
    public const long MaxRegistrationRequestBytes = EnterpriseImage.MaxBytes + (64 * 1024);

    [HttpGet("")]
    [Authorize]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = await accounts.OverviewAsync(User, cancellationToken);
        return model is null ? Challenge() : View(model);
    }

    /// <summary>The language of the person's mails and notifications.</summary>
    [HttpPost("language")]
    [Authorize]
    public async Task<IActionResult> Language(string? language)
    {
        var chosen = PortalLanguage.All.FirstOrDefault(l => l.Code == language);
        if (chosen is null || await userManager.GetUserAsync(User) is not { } user)
        {
            return BadRequest();
        }

        await care.SetLanguageAsync(user, chosen);
        TempData["Message"] = L["メール・お知らせの言語を変更しました。"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var email = input.Email.Trim();
        var user = await userManager.FindByEmailAsync(email);
        SignInResult result;
        if (user is null)
        {
            // As long as checking a password, so that the time does not tell that nobody has this address.
            userManager.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownAccountHash, input.Password);
            result = SignInResult.Failed;
        }
        else if (mfa.IsDemoExempt(user))
        {
            result = await signInManager.CheckPasswordSignInAsync(user, input.Password, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                await signInManager.SignInWithClaimsAsync(user, input.RememberMe, [new Claim(SessionLifetime.MethodClaim, "pwd")]);
            }
        }
        else
        {
            result = await signInManager.PasswordSignInAsync(user, input.Password, input.RememberMe, lockoutOnFailure: true);
        }

        if (result.Succeeded)
        {
            return await SignedInAsync(user!, "password", input.ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginWithCode), new { returnUrl = input.ReturnUrl, rememberMe = input.RememberMe });
        }

        if (result.IsNotAllowed)
        {
            // Only with the right password: the address's owner is told what is missing.
            ModelState.AddModelError("", L["メールアドレスの確認が済んでいません。届いたメールのリンクから確認してください。"].Value);
        }
        else
        {
            // A lockout reads as a wrong password: neither tells whether the address has an account.
            if (result.IsLockedOut)
            {
                logger.LogWarning("Sign-in refused: {UserName} is locked out", email);
            }
            else
            {
                logger.LogWarning("Sign-in failed for {UserName}", email);
            }

            await log.RecordNowAsync(result.IsLockedOut ? SecurityEventKind.LockedOut : SecurityEventKind.SignInFailed, user, email);
            ModelState.AddModelError("", L["メールアドレスまたはパスワードが正しくありません。"].Value);
        }

        input.Password = "";
        return View(input);
    }

    /// <summary>The second step of a sign-in with MFA: the authenticator app's current code.</summary>
    [HttpGet("login/code")]
    public async Task<IActionResult> LoginWithCode(string? returnUrl, bool rememberMe) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login), new { returnUrl })
            : View(new LoginCodeInput { ReturnUrl = returnUrl, RememberMe = rememberMe });

    [HttpPost("login/code")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> LoginWithCode(LoginCodeInput input)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = input.ReturnUrl });
        }

        if (ModelState.IsValid)
        {
            var result = await signInManager.TwoFactorAuthenticatorSignInAsync(MfaService.Normalize(input.Code), input.RememberMe, rememberClient: false);
            if (result.Succeeded)
            {
                return await SignedInAsync(user, "authenticator", input.ReturnUrl);
            }

            await log.RecordNowAsync(result.IsLockedOut ? SecurityEventKind.LockedOut : SecurityEventKind.SignInFailed, user, detail: "authenticator");
            ModelState.AddModelError(nameof(input.Code), L["確認コードが正しくありません。"].Value);
        }

        input.Code = "";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(input);
    }

    /// <summary>Without the phone: one of the ten recovery codes, each good once.</summary>
    [HttpGet("login/recovery")]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login), new { returnUrl })
            : View(new LoginCodeInput { ReturnUrl = returnUrl });

    [HttpPost("login/recovery")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> LoginWithRecoveryCode(LoginCodeInput input)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToAction(nameof(Login), new { returnUrl = input.ReturnUrl });
        }

        if (ModelState.IsValid)
        {
            var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(MfaService.NormalizeRecoveryCode(input.Code));
            if (result.Succeeded)
            {
                log.Record(SecurityEventKind.RecoveryCodeUsed, user, detail: $"left:{await userManager.CountRecoveryCodesAsync(user)}");
                return await SignedInAsync(user, "recovery-code", input.ReturnUrl);
            }

            await log.RecordNowAsync(result.IsLockedOut ? SecurityEventKind.LockedOut : SecurityEventKind.SignInFailed, user, detail: "recovery-code");
            ModelState.AddModelError(nameof(input.Code), L["リカバリーコードが正しくないか、使用済みです。"].Value);
        }

        input.Code = "";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(input);
    }

    /// <summary>Ends every session of the person, on every device and instance (the security stamp changes).</summary>
    [HttpPost("logout")]
    [AllowedBeforeMfaEnrolment]
    public async Task<IActionResult> Logout()
    {
        if (await userManager.GetUserAsync(User) is { } user)
        {
            log.Record(SecurityEventKind.SignOut, user);
            await userManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        TempData["Message"] = L["ログアウトしました。"].Value;
        return RedirectToAction("Index", "Home", new { area = "" });
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Views/Error/Status.cshtml", 403);
    }

    [HttpGet("register")]
    public async Task<IActionResult> Register(CancellationToken cancellationToken)
    {
        ViewBag.Prefectures = await registration.PrefecturesAsync(cancellationToken);
        return View(new RegisterInput());
    }

    [HttpPost("register")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    [RequestSizeLimit(MaxRegistrationRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRegistrationRequestBytes)]
    public async Task<IActionResult> Register(RegisterInput input, CancellationToken cancellationToken)
    {
        var (logo, problems) = await registration.CheckAsync(input, cancellationToken);
        AddProblems(problems);
        if (ModelState.IsValid)
        {
            // A new address and a taken one get the same page, after the same time.
            var outcome = await EvenAnswer.AfterAtLeastAsync(
                EvenAnswer.ForRegistration, () => registration.RegisterAsync(input, logo, PortalLanguage.Current, cancellationToken));
            switch (outcome)
            {
                case RegistrationOutcome.Registered or RegistrationOutcome.AddressTaken:
                    return RedirectToAction(nameof(RegisterConfirmation));
                case RegistrationOutcome.Refused refused:
                    AddProblems(refused.Problems);
                    break;
            }
        }

        // Keep what was typed, except the passwords, which are never sent back to the browser.
        input.Password = "";
        input.ConfirmPassword = "";
        ViewBag.Prefectures = await registration.PrefecturesAsync(cancellationToken);
        return View(nameof(Register), input);
    }

    [HttpGet("register/confirmation")]
    public IActionResult RegisterConfirmation() => View();

    /// <summary>The link in the e-mail opens a page with a button: confirming is a POST, never a side effect of a GET.</summary>
    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code))
        {
            return NotFound();
        }

        var address = await registration.AddressToConfirmAsync(userId);
        return address is null ? NotFound() : View(new ConfirmEmailViewModel(userId, code, address));
    }

    [HttpPost("confirm-email")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> ConfirmEmailPost(string userId, string code)
    {
        var (outcome, errors) = await registration.ConfirmEmailAsync(userId, code);
        switch (outcome)
        {
            case ConfirmationOutcome.UnknownUser:
                return NotFound();
            case ConfirmationOutcome.Confirmed:
                TempData["Message"] = L["メールアドレスを確認しました。ログインしてください。事務局の審査後に企業ページが公開されます。"].Value;
                return RedirectToAction(nameof(Login));
            case ConfirmationOutcome.MalformedLink:
                ModelState.AddModelError("", L["確認リンクが正しくありません。"].Value);
                break;
            default:
                foreach (var error in errors)
                {
                    ModelState.AddModelError("", error.Description);
                }

                break;
        }

        return View(nameof(ConfirmEmail), new ConfirmEmailViewModel(userId, code, await registration.AddressToConfirmAsync(userId)));
    }

    /// <summary>The confirmation mail again, for an address whose link expired or got lost.</summary>
    [HttpGet("confirm-email/resend")]
    public IActionResult ResendConfirmation() => View(new EmailInput());

    [HttpPost("confirm-email/resend")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> ResendConfirmation(EmailInput input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        await EvenAnswer.AfterAtLeastAsync(EvenAnswer.ForMail, () => care.ResendConfirmationAsync(input.Email, PortalLanguage.Current));
        return View("MailSent", MailSentKind.Confirmation);
    }

    /// <summary>The link of a colleague invitation: shows whose company account it joins and asks for a name and password.</summary>
    [HttpGet("invitation")]
    public async Task<IActionResult> Invitation(string? token, CancellationToken cancellationToken)
    {
        var invitation = await invitations.FindUsableAsync(token, cancellationToken);
        return invitation is null
            ? InvitationGone()
            : View(new AcceptInvitationViewModel(new AcceptInvitationInput { Token = token! }, invitation.Email, invitation.EnterpriseName));
    }

    /// <summary>Accepts an invitation (see <see cref="InvitationService.AcceptAsync"/>); a second use of the link is refused.</summary>
    [HttpPost("invitation")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> AcceptInvitation(AcceptInvitationInput input, CancellationToken cancellationToken)
    {
        if (await invitations.FindUsableAsync(input.Token, cancellationToken) is not { } invitation)
        {
            return InvitationGone();
        }

        if (ModelState.IsValid)
        {
            switch (await invitations.AcceptAsync(invitation, input.DisplayName, input.Password, PortalLanguage.Current, cancellationToken))
            {
                case AcceptanceOutcome.Accepted:
                    TempData["Message"] = L["登録が完了しました。設定したパスワードでログインしてください。"].Value;
                    return RedirectToAction(nameof(Login));
                case AcceptanceOutcome.Gone:
                    return InvitationGone();
                case AcceptanceOutcome.Refused refused:
                    foreach (var error in refused.Errors)
                    {
                        ModelState.AddModelError(RegistrationProblem.FieldOf(error) == nameof(input.Password) ? nameof(input.Password) : "", error.Description);
                    }

                    break;
            }
        }

        input.Password = "";
        input.ConfirmPassword = "";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Invitation), new AcceptInvitationViewModel(input, invitation.Email, invitation.EnterpriseName));
    }

    /// <summary>A hash of Identity's format that no password matches, checked when the address is unknown.</summary>
    private static readonly string UnknownAccountHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString("N"));

    /// <summary>Records the sign-in and lands the person on the page they asked for, or their role's home.</summary>
    private async Task<IActionResult> SignedInAsync(AppUser user, string method, string? returnUrl)
    {
        logger.LogInformation("Sign-in succeeded for {UserName}", user.Email);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.LastSignInAtUtc, now));
        await log.RecordNowAsync(SecurityEventKind.SignIn, user, detail: method);
        if (Url.IsLocalUrl(returnUrl))
        {
            return LocalRedirect(returnUrl);
        }

        // The principal of this request is still anonymous; read the roles of the user just signed in.
        return LocalRedirect(Url.HomeOf(await signInManager.CreateUserPrincipalAsync(user)));
    }

    private ViewResult InvitationGone()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("InvitationGone");
    }

    private void AddProblems(IEnumerable<RegistrationProblem> problems)
    {
        foreach (var problem in problems)
        {
            ModelState.AddModelError(problem.Field, L.Of(problem));
        }
    }
}
