using System.Security.Claims;
using AllJapanTokyo.Domain.Tourism;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Infrastructure;
using AllJapanTokyo.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Tourism.Controllers;

/// <summary>
/// The 全国観光ＰＲコーナー's calendar: the public list of upcoming PR events (every language), prefecture staff applying
/// for their municipalities, Tokyo staff deciding.
/// </summary>
[Area("Tourism")]
[Route("tourism/pr-corner")]
public sealed class PrCornerController(PrCorner corner, TourismService tourism) : Controller
{
    /// <summary>The events of the tourism PR measures; not a published page, since "upcoming" moves with the date.</summary>
    [HttpGet("/tourism/events")]
    [AllLanguages]
    public async Task<IActionResult> Events(CancellationToken cancellationToken) =>
        View(await tourism.GetEventsAsync(corner.Today, cancellationToken));

    [HttpGet("")]
    [AllLanguages]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await corner.UpcomingAsync(cancellationToken));

    [HttpGet("mine")]
    [Authorize(Roles = Roles.PrefectureStaff)]
    public async Task<IActionResult> Mine(string? done, CancellationToken cancellationToken)
    {
        ViewData["Done"] = done;
        return View(await corner.ApplicationsAsync(User.PrefectureCode() ?? "", cancellationToken));
    }

    [HttpPost("mine")]
    [Authorize(Roles = Roles.PrefectureStaff)]
    public async Task<IActionResult> Apply(PrCornerApplication application, CancellationToken cancellationToken)
    {
        if (User.PrefectureCode() is not { } prefecture || User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return Forbid();
        }

        if (await corner.ApplyAsync(application, prefecture, userId, cancellationToken) is not { } problem)
        {
            return RedirectToAction(nameof(Mine), new { done = "applied" });
        }

        ViewData["Problem"] = problem;
        ViewData["Application"] = application;
        Response.StatusCode = problem == PrCornerProblem.SlotTaken ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Mine), await corner.ApplicationsAsync(prefecture, cancellationToken));
    }

    [HttpGet("review")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Review(string? done, CancellationToken cancellationToken)
    {
        ViewData["Done"] = done;
        return View(await corner.ApplicationsAsync(null, cancellationToken));
    }

    [HttpPost("{id:int}/approve")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Approve(int id, CancellationToken cancellationToken) =>
        await DecidedAsync(await corner.DecideAsync(id, true, null, User.Identity?.Name ?? "", cancellationToken), "approved", cancellationToken);

    [HttpPost("{id:int}/decline")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Decline(int id, [FromForm] string? reason, CancellationToken cancellationToken) =>
        await DecidedAsync(await corner.DecideAsync(id, false, reason, User.Identity?.Name ?? "", cancellationToken), "declined", cancellationToken);

    private async Task<IActionResult> DecidedAsync((bool Found, PrCornerProblem? Problem) result, string done, CancellationToken cancellationToken)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Problem is null)
        {
            return RedirectToAction(nameof(Review), new { done });
        }

        ViewData["Problem"] = result.Problem;
        Response.StatusCode = result.Problem == PrCornerProblem.ReasonRequired ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View(nameof(Review), await corner.ApplicationsAsync(null, cancellationToken));
    }
}
