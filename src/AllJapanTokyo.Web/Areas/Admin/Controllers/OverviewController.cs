using System.Globalization;
using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Admin.Controllers;

/// <summary>The administrator's start page: users with their roles and bindings, and what the database holds.</summary>
[Area("Admin")]
[Route("admin")]
[Authorize(Policy = Policies.Administration)]
public sealed class OverviewController(AdminService service) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? page, CancellationToken cancellationToken)
    {
        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1;
        return View(await service.OverviewAsync(number, cancellationToken));
    }
}
