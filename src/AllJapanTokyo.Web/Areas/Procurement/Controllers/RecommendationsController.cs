using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.Recommendations;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>
/// /procurement/recommendations: a regional coordinator recommends tenders to the enterprises of an industry in the
/// region; an enterprise sees those that match its industry and prefecture. The region and the company come from
/// the sign-in (user name, claims), never from the address.
/// </summary>
[Area("Procurement")]
[Route("procurement/recommendations")]
[Authorize(Roles = Roles.Coordinator + "," + Roles.Enterprise)]
public sealed class RecommendationsController(RecommendationService recommendations) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] bool? saved, CancellationToken cancellationToken)
    {
        if (User.IsInRole(Roles.Coordinator))
        {
            return View("Coordinator", await recommendations.CoordinatorAsync(User.Identity!.Name!, null, null, saved == true, cancellationToken));
        }

        return View("Enterprise", await recommendations.EnterpriseAsync(User.EnterpriseId(), cancellationToken));
    }

    [HttpPost("")]
    [Authorize(Roles = Roles.Coordinator)]
    public async Task<IActionResult> Recommend([FromForm] RecommendationForm form, CancellationToken cancellationToken)
    {
        var errors = await recommendations.RecommendAsync(User.Identity!.Name!, form, cancellationToken);
        if (errors.Count == 0)
        {
            return RedirectToAction(nameof(Index), new { saved = true });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Coordinator", await recommendations.CoordinatorAsync(User.Identity!.Name!, form, errors, false, cancellationToken));
    }
}
