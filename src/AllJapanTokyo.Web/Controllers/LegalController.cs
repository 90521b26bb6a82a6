using AllJapanTokyo.Web.Account;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Controllers;

/// <summary>The terms of use and the privacy policy: public pages in every language, linked from the footer and the registration.</summary>
[AllLanguages]
[AllowedBeforeMfaEnrolment]
public sealed class LegalController : Controller
{
    [HttpGet("/terms")]
    public IActionResult Terms() => View();

    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();
}
