using System.Security.Claims;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Tourism.Controllers;

/// <summary>Staff of a partner prefecture propose changes to the route's stops in their prefecture; Tokyo decides.</summary>
[Area("Tourism")]
[Route("tourism/proposals/routes/{id:int}")]
[Authorize(Roles = Roles.PrefectureStaff)]
public sealed class RouteProposalsController(TourismService tourism, RouteEditing editing) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Propose(int id, string? done, CancellationToken cancellationToken)
    {
        ViewData["Done"] = done;
        return await PageAsync(id, cancellationToken);
    }

    [HttpPost("stops/{stopId:int}")]
    public async Task<IActionResult> ProposeStop(int id, int stopId, StopInput input, CancellationToken cancellationToken)
    {
        if (User.PrefectureCode() is not { } prefecture || User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return Forbid();
        }

        var (outcome, problem) = await editing.ProposeAsync(id, stopId, input, prefecture, userId, cancellationToken);
        switch (outcome)
        {
            case RouteEditOutcome.Done:
                return RedirectToAction(nameof(Propose), new { id, done = "proposed" });
            case RouteEditOutcome.NotFound:
                return NotFound();
            case RouteEditOutcome.Forbidden:
                return Forbid();
        }

        ViewData["Problem"] = problem;
        ViewData["ProblemForm"] = $"stop-{stopId}";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await PageAsync(id, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(int id, CancellationToken cancellationToken)
    {
        if (await tourism.GetRouteAsync(id, cancellationToken) is not { } route)
        {
            return NotFound();
        }

        ViewData["Proposals"] = await editing.ProposalsAsync(id, User.PrefectureCode() ?? "", cancellationToken);
        return View(nameof(Propose), route);
    }
}
