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
/// Sign-in, sign-out, SME self-registration with e-mail confirmation and the acceptance of a colleague invitation. The
/// use cases are in <see cref="RegistrationService"/>, <see cref="InvitationService"/> and <see cref="AccountService"/>;
/// this controller turns their codes into the page's words.
/// </summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signInManager,
    UserManager<AppUser> userManager,
    AccountService accounts,
    RegistrationService registration,
    InvitationService invitations,
    IStringLocalizer L,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("")]
    [Authorize]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = await accounts.OverviewAsync(User, cancellationToken);
        return model is null ? Challenge() : View(model);
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

        var result = await signInManager.PasswordSignInAsync(input.Email.Trim(), input.Password, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for {UserName}", input.Email);
            if (Url.IsLocalUrl(input.ReturnUrl))
            {
                return LocalRedirect(input.ReturnUrl);
            }

            // The principal of this request is still anonymous; read the roles of the user just signed in.
            var user = await userManager.FindByEmailAsync(input.Email.Trim());
            var principal = await signInManager.CreateUserPrincipalAsync(user!);
            return LocalRedirect(Url.HomeOf(principal));
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: {UserName} is locked out", input.Email);
            ModelState.AddModelError("", L["ログインに続けて失敗したため、アカウントを一時的にロックしました。{0}分後にもう一度お試しください。", signInManager.Options.Lockout.DefaultLockoutTimeSpan.TotalMinutes].Value);
        }
        else if (result.IsNotAllowed)
        {
            ModelState.AddModelError("", L["メールアドレスの確認が済んでいません。届いたメールのリンクから確認してください。"].Value);
        }
        else
        {
            logger.LogWarning("Sign-in failed for {UserName}", input.Email);
            ModelState.AddModelError("", L["メールアドレスまたはパスワードが正しくありません。"].Value);
        }

        input.Password = "";
        return View(input);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
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
    public async Task<IActionResult> Register(RegisterInput input, CancellationToken cancellationToken)
    {
        var (logo, problems) = await registration.CheckAsync(input, cancellationToken);
        AddProblems(problems);
        if (ModelState.IsValid)
        {
            switch (await registration.RegisterAsync(input, logo, cancellationToken))
            {
                case RegistrationOutcome.Registered registered:
                    await registration.SendConfirmationAsync(
                        registered.User,
                        (userId, code) => Url.Action(nameof(ConfirmEmail), "Account", new { area = "", userId, code }, Request.Scheme, Request.Host.Value)!,
                        cancellationToken);
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
            switch (await invitations.AcceptAsync(invitation, input.DisplayName, input.Password, cancellationToken))
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
