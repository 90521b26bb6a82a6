using System.Text;
using AllJapanTokyo.Domain.Enterprises;
using AllJapanTokyo.Domain.Prefectures;
using AllJapanTokyo.Infrastructure.Data;
using AllJapanTokyo.Infrastructure.Email;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Procurement;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Models;
using AllJapanTokyo.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Controllers;

/// <summary>Sign-in, sign-out and SME self-registration with e-mail confirmation.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<AppUser> signInManager,
    UserManager<AppUser> userManager,
    AppDbContext db,
    IEmailSender emailSender,
    IStringLocalizer L,
    TimeProvider clock,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("")]
    [Authorize]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var roles = await userManager.GetRolesAsync(user);
        var prefecture = user.PrefectureCode is null ? null : await db.Prefectures.Where(p => p.Code == user.PrefectureCode).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        var organization = user.OrganizationId is null ? null : await db.Organizations.Where(o => o.Id == user.OrganizationId).Select(o => new { o.NameJa, o.NameEn }).FirstOrDefaultAsync(cancellationToken);
        var enterprise = user.EnterpriseId is null ? null : await db.Enterprises.Where(e => e.Id == user.EnterpriseId).Select(e => e.NameJa).FirstOrDefaultAsync(cancellationToken);
        return View(new AccountViewModel(user.Email ?? "", user.DisplayName, roles.Order(StringComparer.Ordinal).ToList(), prefecture, organization?.NameJa, organization?.NameEn, enterprise));
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
        await FillRegisterListsAsync(cancellationToken);
        return View(new RegisterInput());
    }

    [HttpPost("register")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> Register(RegisterInput input, CancellationToken cancellationToken)
    {
        input.CorporateNumber = (input.CorporateNumber ?? "").Trim();
        if (input.CorporateNumber.Length > 0 && CorporateNumber.Problem(input.CorporateNumber) is { } numberProblem)
        {
            ModelState.AddModelError(nameof(input.CorporateNumber), L.Of(numberProblem).Value);
        }

        if (!string.IsNullOrEmpty(input.PrefectureCode) && !Prefecture.IsValidCode(input.PrefectureCode))
        {
            ModelState.AddModelError(nameof(input.PrefectureCode), L["所在都道府県を選択してください。"].Value);
        }

        if (!string.IsNullOrEmpty(input.JsicMajorGroup) && !JsicMajorGroup.IsValid(input.JsicMajorGroup))
        {
            ModelState.AddModelError(nameof(input.JsicMajorGroup), L["業種を選択してください。"].Value);
        }

        byte[]? logo = null;
        if (input.Logo is { Length: > 0 } file)
        {
            (logo, var problem) = await ImageUploads.ReadAsync(file, cancellationToken);
            if ((problem ?? EnterpriseImage.Problem(logo)) is { } logoProblem)
            {
                ModelState.AddModelError(nameof(input.Logo), L.Of(logoProblem).Value);
            }
        }

        if (ModelState.IsValid && await db.Enterprises.AnyAsync(e => e.CorporateNumber == input.CorporateNumber, cancellationToken))
        {
            ModelState.AddModelError(nameof(input.CorporateNumber), L["この法人番号の企業は既に登録されています。企業の代表者に招待を依頼してください。"].Value);
        }

        if (!ModelState.IsValid)
        {
            return await RegisterAgainAsync(input, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var enterprise = new Enterprise
        {
            CorporateNumber = input.CorporateNumber,
            NameJa = input.CompanyName.Trim(),
            NameKana = ProfileText.Clean(input.CompanyNameKana),
            PrefectureCode = input.PrefectureCode,
            Address = ProfileText.Clean(input.Address),
            Capabilities = ProfileText.Clean(input.Capabilities),
            Certifications = ProfileText.Clean(input.Certifications),
            PrText = ProfileText.Clean(input.PrText),
            JsicMajorGroup = input.JsicMajorGroup,
            SmeIndustryGroup = SmeClassification.GroupForJsic(input.JsicMajorGroup, input.IsRetail),
            CapitalYen = input.CapitalYen!.Value,
            Employees = input.Employees!.Value,
            RegisteredAtUtc = now,
        };
        var user = new AppUser
        {
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            DisplayName = input.DisplayName.Trim(),
            CreatedAtUtc = now,
        };

        // The company and its first account are stored together or not at all.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync(cancellationToken);
            if (logo is not null)
            {
                db.EnterpriseImages.Add(new EnterpriseImage
                {
                    EnterpriseId = enterprise.Id,
                    Kind = EnterpriseImageKind.Logo,
                    ContentType = EnterpriseImage.DetectContentType(logo)!,
                    Content = logo,
                    UploadedAtUtc = now,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            user.EnterpriseId = enterprise.Id;
            var created = await userManager.CreateAsync(user, input.Password);
            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                foreach (var error in created.Errors)
                {
                    var field = error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code == CommonPasswordValidator.ErrorCode ? nameof(input.Password)
                        : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(input.Email)
                        : "";
                    ModelState.AddModelError(field, error.Description);
                }

                return await RegisterAgainAsync(input, cancellationToken);
            }

            await userManager.AddToRoleAsync(user, Roles.Enterprise);
            await transaction.CommitAsync(cancellationToken);
        }

        await SendConfirmationAsync(user, cancellationToken);
        logger.LogInformation("Enterprise {EnterpriseId} registered; confirmation sent to {UserName}", enterprise.Id, user.Email);
        return RedirectToAction(nameof(RegisterConfirmation));
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

        var user = await userManager.FindByIdAsync(userId);
        return user is null ? NotFound() : View(new ConfirmEmailViewModel(userId, code, user.Email));
    }

    [HttpPost("confirm-email")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> ConfirmEmailPost(string userId, string code)
    {
        var user = await userManager.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            ModelState.AddModelError("", L["確認リンクが正しくありません。"].Value);
            return View("ConfirmEmail", new ConfirmEmailViewModel(userId, code, user.Email));
        }

        var result = await userManager.ConfirmEmailAsync(user, token);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }

            return View("ConfirmEmail", new ConfirmEmailViewModel(userId, code, user.Email));
        }

        TempData["Message"] = L["メールアドレスを確認しました。ログインしてください。事務局の審査後に企業ページが公開されます。"].Value;
        return RedirectToAction(nameof(Login));
    }

    /// <summary>The link of a colleague invitation: shows whose company account it joins and asks for a name and password.</summary>
    [HttpGet("invitation")]
    public async Task<IActionResult> Invitation(string? token, CancellationToken cancellationToken)
    {
        var invitation = await UsableInvitationAsync(token, cancellationToken);
        return invitation is null
            ? InvitationGone()
            : View(new AcceptInvitationViewModel(new AcceptInvitationInput { Token = token! }, invitation.Value.Email, invitation.Value.EnterpriseName));
    }

    /// <summary>
    /// Accepts an invitation: the colleague's account is created (its e-mail is proved by the link), bound to the
    /// enterprise, and the invitation is used up, all in one transaction; a second use of the link is refused.
    /// </summary>
    [HttpPost("invitation")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> AcceptInvitation(AcceptInvitationInput input, CancellationToken cancellationToken)
    {
        var invitation = await UsableInvitationAsync(input.Token, cancellationToken);
        if (invitation is not { } found)
        {
            return InvitationGone();
        }

        IActionResult Again()
        {
            input.Password = "";
            input.ConfirmPassword = "";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Invitation), new AcceptInvitationViewModel(input, found.Email, found.EnterpriseName));
        }

        if (!ModelState.IsValid)
        {
            return Again();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            UserName = found.Email,
            Email = found.Email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            EnterpriseId = found.EnterpriseId,
            CreatedAtUtc = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Use the invitation up first: of two submissions at once, only one changes the row.
        var claimed = await db.EnterpriseInvitations
            .Where(i => i.Id == found.Id)
            .Where(EnterpriseInvitation.UsableAt(now))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.AcceptedAtUtc, now), cancellationToken);
        if (claimed != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return InvitationGone();
        }

        var created = await userManager.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            foreach (var error in created.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code == CommonPasswordValidator.ErrorCode ? nameof(input.Password) : "";
                ModelState.AddModelError(field, error.Description);
            }

            return Again();
        }

        await userManager.AddToRoleAsync(user, Roles.Enterprise);
        await db.EnterpriseInvitations.Where(i => i.Id == found.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.AcceptedUserId, user.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Invitation {InvitationId} accepted: user bound to enterprise {EnterpriseId}", found.Id, found.EnterpriseId);
        TempData["Message"] = L["登録が完了しました。設定したパスワードでログインしてください。"].Value;
        return RedirectToAction(nameof(Login));
    }

    private async Task<(int Id, int EnterpriseId, string Email, string EnterpriseName)?> UsableInvitationAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > EnterpriseInvitation.MaxTokenLength)
        {
            return null;
        }

        var hash = EnterpriseInvitation.HashToken(token.Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await (
                from i in db.EnterpriseInvitations.AsNoTracking().Where(EnterpriseInvitation.UsableAt(now))
                where i.TokenHash == hash
                join e in db.Enterprises on i.EnterpriseId equals e.Id
                select new { i.Id, i.EnterpriseId, i.Email, e.NameJa })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.EnterpriseId, found.Email, found.NameJa);
    }

    private ViewResult InvitationGone()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("InvitationGone");
    }

    private async Task SendConfirmationAsync(AppUser user, CancellationToken cancellationToken)
    {
        var token = await userManager.GenerateEmailConfirmationTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = Url.Action(nameof(ConfirmEmail), "Account", new { userId = user.Id, code }, Request.Scheme, Request.Host.Value)!;
        // In the language of the page the registration came from.
        await emailSender.SendAsync(new EmailMessage(
            user.Email!,
            L["【ALL JAPAN & TOKYO】{0}", L["メールアドレスの確認"].Value].Value,
            string.Join('\n',
                L["{0} 様", user.DisplayName].Value,
                "",
                L["ビジネスチャンス・ナビ（ALL JAPAN & TOKYO ポータル）へのご登録ありがとうございます。"].Value,
                L["次のリンクを開き、メールアドレスを確認してください。"].Value,
                "",
                link,
                "",
                L["お心当たりのない場合は、このメールを破棄してください。"].Value,
                "")), cancellationToken);
    }

    private async Task<IActionResult> RegisterAgainAsync(RegisterInput input, CancellationToken cancellationToken)
    {
        // Keep what was typed, except the passwords, which are never sent back to the browser.
        input.Password = "";
        input.ConfirmPassword = "";
        await FillRegisterListsAsync(cancellationToken);
        return View(nameof(Register), input);
    }

    private async Task FillRegisterListsAsync(CancellationToken cancellationToken)
    {
        ViewBag.Prefectures = await db.Prefectures.AsNoTracking().OrderBy(p => p.Code)
            .Select(p => new PrefectureOption(p.Code, p.Name))
            .ToListAsync(cancellationToken);
    }
}
