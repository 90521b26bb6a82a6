using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Dashboard.Controllers;

/// <summary>The cross-prefecture views: one fiscal year across Japan, and one initiative.</summary>
[Area("Dashboard")]
[Route("dashboard")]
public sealed class DashboardController(DashboardService dashboard) : Controller
{
    /// <summary>/dashboard?fy=2020. A year outside FY2015–FY2020 (or no year at all) shows FY2020, with a message if one was asked for.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? fy, CancellationToken cancellationToken)
    {
        var valid = ParticipationRules.TryParseFiscalYear(fy, out var fiscalYear);
        return View(await dashboard.OverviewAsync(fiscalYear, valid ? null : fy, cancellationToken));
    }

    /// <summary>/dashboard/initiatives/4-2.</summary>
    [HttpGet("initiatives/{code}")]
    public async Task<IActionResult> Initiative(string code, CancellationToken cancellationToken)
    {
        var page = await dashboard.InitiativeAsync(code, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
