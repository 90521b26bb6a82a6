using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Areas.Textiles.Registration;
using AllJapanTokyo.Web.Infrastructure.Localization;
using AllJapanTokyo.Web.Startup;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Textiles.Controllers;

/// <summary>
/// Designers (/designers/register) and craft makers (/makers/register) create their own accounts, with the habits of the
/// companies' registration: the address is confirmed by mail before the first sign-in, a taken address gets the same
/// answer after the same time, and a refused form keeps what was typed except the passwords.
/// </summary>
[Area("Textiles")]
public sealed class SelfRegistrationController(SelfRegistration registration, IStringLocalizer L) : Controller
{
    [HttpGet("designers/register")]
    public IActionResult Designer() => View(new DesignerRegisterInput());

    [HttpPost("designers/register")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public async Task<IActionResult> Designer(DesignerRegisterInput input, CancellationToken cancellationToken)
    {
        foreach (var problem in SelfRegistration.Check(input))
        {
            ModelState.AddModelError(problem.Field, L.Of(problem));
        }

        return await AnsweredAsync(nameof(Designer), input, () => registration.RegisterDesignerAsync(input, PortalLanguage.Current, cancellationToken));
    }

    [HttpGet("makers/register")]
    public IActionResult Maker() => View(new MakerRegisterInput());

    [HttpPost("makers/register")]
    [EnableRateLimiting(RateLimitPolicies.AccountPosts)]
    public Task<IActionResult> Maker(MakerRegisterInput input, CancellationToken cancellationToken) =>
        AnsweredAsync(nameof(Maker), input, () => registration.RegisterMakerAsync(input, PortalLanguage.Current, cancellationToken));

    private async Task<IActionResult> AnsweredAsync(string view, MakerRegisterInput input, Func<Task<SelfRegistrationOutcome>> register)
    {
        if (ModelState.IsValid)
        {
            // A new address and a taken one get the same page, after the same time.
            switch (await EvenAnswer.AfterAtLeastAsync(EvenAnswer.ForRegistration, register))
            {
                case SelfRegistrationOutcome.MailSent:
                    return RedirectToAction("RegisterConfirmation", "Account", new { area = "" });
                case SelfRegistrationOutcome.ProfileRefused refused:
                    refused.Problems.ToList().ForEach(p => ModelState.AddModelError(p.Field, L.Of(p)));
                    break;
                case SelfRegistrationOutcome.AccountRefused refused:
                    refused.Problems.ToList().ForEach(p => ModelState.AddModelError(p.Field, L.Of(p)));
                    break;
            }
        }

        // Keep what was typed, except the passwords, which are never sent back to the browser.
        input.Password = "";
        input.ConfirmPassword = "";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(view, input);
    }
}
