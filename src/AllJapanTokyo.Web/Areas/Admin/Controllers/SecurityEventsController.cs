using System.Globalization;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Admin.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Admin.Controllers;

/// <summary>The security log: /admin/security-events.</summary>
[Area("Admin")]
[Route("admin/security-events")]
[Authorize(Policy = Policies.Administration)]
public sealed class SecurityEventsController(SecurityEventList events) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, string? user, string? from, string? to, string? page, CancellationToken cancellationToken)
    {
        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1;
        return View(await events.PageAsync(SecurityEventList.Parse(kind, user, from, to), number, cancellationToken));
    }
}
