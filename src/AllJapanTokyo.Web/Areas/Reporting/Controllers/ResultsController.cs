using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Reporting.Results;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Reporting.Controllers;

/// <summary>
/// The start page of fiscal-year reporting. Prefectural staff see their own prefecture (from the sign-in claim,
/// never from the address); Tokyo officials and administrators see all 47 and the programme-wide figures.
/// </summary>
[Area("Reporting")]
[Route("reporting")]
[Authorize(Policy = Policies.Reporting)]
public sealed class ResultsController(ResultsService service) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        ViewData["MyReports"] = await service.MyReportsAsync(ReportingActor.From(User), cancellationToken);
        if (User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.TokyoOfficial))
        {
            return View("Programme", await service.ProgrammeAsync(cancellationToken));
        }

        var model = User.PrefectureCode() is { } code ? await service.PrefectureAsync(code, cancellationToken) : null;
        return View("Prefecture", model);
    }
}
