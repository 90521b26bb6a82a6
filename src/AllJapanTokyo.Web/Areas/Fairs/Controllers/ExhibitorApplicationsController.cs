using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Fairs.Exhibitors;
using AllJapanTokyo.Web.Areas.Fairs.Models;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Fairs.Controllers;

/// <summary>
/// A company applies to exhibit at an event (and withdraws); prefecture staff recommend the applications of their
/// prefecture's companies. The company and the prefecture come from the sign-in, never from the address.
/// </summary>
[Area("Fairs")]
[Route("fairs/events/{id:int}")]
public sealed class ExhibitorApplicationsController(ExhibitorService exhibitors) : Controller
{
    /// <summary>The events taking applications now, for a company to choose from.</summary>
    [HttpGet("/fairs/open-calls")]
    [Authorize]
    public async Task<IActionResult> OpenCalls(CancellationToken cancellationToken) => View(await exhibitors.OpenCallsAsync(cancellationToken));

    [HttpGet("apply")]
    [Authorize(Roles = Roles.Enterprise)]
    public async Task<IActionResult> Apply(int id, [FromQuery] bool? saved, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        return await exhibitors.ApplyPageAsync(id, enterpriseId, null, null, saved == true, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpPost("apply")]
    [Authorize(Roles = Roles.Enterprise)]
    public async Task<IActionResult> Submit(int id, [FromForm] ApplyForm form, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        if (await exhibitors.EventAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var errors = await exhibitors.ApplyAsync(id, enterpriseId, form, cancellationToken);
        if (errors.Count == 0)
        {
            return RedirectToAction(nameof(Apply), new { id, saved = true });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Apply), await exhibitors.ApplyPageAsync(id, enterpriseId, form, errors, false, cancellationToken));
    }

    [HttpPost("withdraw")]
    [Authorize(Roles = Roles.Enterprise)]
    public async Task<IActionResult> Withdraw(int id, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var problem = await exhibitors.WithdrawOwnAsync(id, enterpriseId, cancellationToken);
        if (problem is null)
        {
            return RedirectToAction(nameof(Apply), new { id });
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Apply), await exhibitors.ApplyPageAsync(id, enterpriseId, null, new Dictionary<string, Domain.Events.ApplicationProblem> { [""] = problem.Value }, false, cancellationToken));
    }

    [HttpGet("recommend")]
    [Authorize(Roles = Roles.PrefectureStaff)]
    public async Task<IActionResult> Recommendations(int id, [FromQuery] bool? saved, CancellationToken cancellationToken)
    {
        if (User.PrefectureCode() is not { } prefecture)
        {
            return Forbid();
        }

        return await exhibitors.RecommendPageAsync(id, prefecture, saved == true, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpPost("recommend/{applicationId:int}")]
    [Authorize(Roles = Roles.PrefectureStaff)]
    public async Task<IActionResult> Recommend(int id, int applicationId, CancellationToken cancellationToken)
    {
        if (User.PrefectureCode() is not { } prefecture)
        {
            return Forbid();
        }

        var problem = await exhibitors.RecommendAsync(id, applicationId, prefecture, cancellationToken);
        return problem is null ? RedirectToAction(nameof(Recommendations), new { id, saved = true }) : Forbid();
    }
}
