using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.AntennaShops.Models;
using AllJapanTokyo.Web.Areas.AntennaShops.Rally;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace AllJapanTokyo.Web.Areas.AntennaShops.Controllers;

/// <summary>
/// The web stamp card, for visitors in four languages: an edition's page with the visitor's card, the page a scanned
/// counter code opens (stamped on the visitor's confirmation), and the e-mail sign-in of light rally accounts.
/// </summary>
[Area("AntennaShops")]
[Route("antenna-shops/rally")]
[AllLanguages]
public sealed class RallyController(RallyService rally, RallySignIn signIn, SignInManager<AppUser> signIns, UserManager<AppUser> users) : Controller
{
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Card(int id, bool sent, CancellationToken cancellationToken) =>
        await rally.EditionAsync(id, cancellationToken) is { } edition
            ? View(new RallyCardPage(edition, UserId is not null, UserId is { } user ? await rally.CardAsync(id, user, cancellationToken) : null, null, sent, rally.JapanToday))
            : NotFound();

    /// <summary>
    /// The address a counter's QR code holds: asks the visitor to confirm (a GET never stamps). The code holds the
    /// Japanese address; a signed-in visitor who uses another language is taken to the same page in it.
    /// </summary>
    [HttpGet("{id:int}/stamp")]
    public async Task<IActionResult> Stamp(int id, string? code, bool sent, CancellationToken cancellationToken)
    {
        if (await rally.EditionAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        if (UserId is not null && PortalLanguage.Current == PortalLanguage.Japanese && await users.GetUserAsync(User) is { } user
            && PortalLanguage.FromCultureName(user.PreferredLanguage) is var language && language != PortalLanguage.Japanese)
        {
            return LocalRedirect(language.PathBase + Request.Path + Request.QueryString);
        }

        return View(new StampConfirmPage(edition, code ?? "", UserId is not null, sent));
    }

    [HttpPost("{id:int}/stamp")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Stamp(int id, [FromForm] string? code, CancellationToken cancellationToken)
    {
        if (await rally.EditionAsync(id, cancellationToken) is not { } edition)
        {
            return NotFound();
        }

        if (UserId is not { } user)
        {
            return Challenge();
        }

        var outcome = await rally.StampAsync(id, user, code, cancellationToken);
        if (outcome.Problem is not null)
        {
            Response.StatusCode = outcome.Problem == Domain.AntennaShops.StampProblem.TooManyAttempts ? StatusCodes.Status429TooManyRequests : StatusCodes.Status422UnprocessableEntity;
        }

        return View("Card", new RallyCardPage(edition, true, await rally.CardAsync(id, user, cancellationToken), outcome, false, rally.JapanToday));
    }

    /// <summary>Sends a sign-in link to the address; the page says the same whether or not an account could use it.</summary>
    [HttpPost("sign-in")]
    [ValidateAntiForgeryToken]
    [EnableRateLimiting(Startup.RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> SendLink([FromForm] string? email, [FromForm] int edition, [FromForm] string? code)
    {
        if (string.IsNullOrWhiteSpace(email) || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email.Trim()) || email.Trim().Length > AppUser.MaxEmailLength)
        {
            return code is { Length: > 0 }
                ? RedirectToAction(nameof(Stamp), new { id = edition, code })
                : RedirectToAction(nameof(Card), new { id = edition });
        }

        await signIn.SendLinkAsync(email.Trim(), edition, PortalLanguage.Current);
        return code is { Length: > 0 }
            ? RedirectToAction(nameof(Stamp), new { id = edition, code, sent = true })
            : RedirectToAction(nameof(Card), new { id = edition, sent = true });
    }

    [HttpGet("sign-in/link")]
    public IActionResult SignInLink(string? user, string? token, int edition) =>
        View(new RallyLinkPage(user ?? "", token ?? "", edition, false));

    [HttpPost("sign-in/link")]
    [ValidateAntiForgeryToken]
    [ActionName(nameof(SignInLink))]
    public async Task<IActionResult> SpendSignInLink([FromForm] string? user, [FromForm] string? token, [FromForm] int edition)
    {
        if (await signIn.RedeemAsync(user, token) is not { } account)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new RallyLinkPage(user ?? "", token ?? "", edition, true));
        }

        await signIns.SignInAsync(account, isPersistent: false);
        return RedirectToAction(nameof(Card), new { id = edition });
    }

    private string? UserId => User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
