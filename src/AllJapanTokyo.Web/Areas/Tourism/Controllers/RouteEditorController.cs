using AllJapanTokyo.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Tourism.Controllers;

/// <summary>Tokyo staff edit a model route's stops: what to see, how to get there, when, and where (required).</summary>
[Area("Tourism")]
[Route("tourism/manage/routes/{id:int}")]
[Authorize(Policy = Policies.TokyoStaff)]
public sealed class RouteEditorController(TourismService tourism, RouteEditing editing) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, string? done, CancellationToken cancellationToken)
    {
        ViewData["Done"] = done;
        return await PageAsync(id, cancellationToken);
    }

    [HttpPost("proposals/{proposalId:int}/accept")]
    public async Task<IActionResult> AcceptProposal(int id, int proposalId, CancellationToken cancellationToken) =>
        await DecidedAsync(id, await editing.DecideAsync(id, proposalId, true, null, User.Identity?.Name ?? "", cancellationToken), "accepted", cancellationToken);

    [HttpPost("proposals/{proposalId:int}/decline")]
    public async Task<IActionResult> DeclineProposal(int id, int proposalId, [FromForm] string? reason, CancellationToken cancellationToken) =>
        await DecidedAsync(id, await editing.DecideAsync(id, proposalId, false, reason, User.Identity?.Name ?? "", cancellationToken), "declined", cancellationToken);

    private async Task<IActionResult> DecidedAsync(int id, RouteEditOutcome outcome, string done, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case RouteEditOutcome.Done:
                return RedirectToAction(nameof(Edit), new { id, done });
            case RouteEditOutcome.NotFound:
                return NotFound();
        }

        ViewData["Decision"] = outcome;
        Response.StatusCode = outcome == RouteEditOutcome.ReasonRequired ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return await PageAsync(id, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(int id, CancellationToken cancellationToken)
    {
        if (await tourism.GetRouteAsync(id, cancellationToken) is not { } model)
        {
            return NotFound();
        }

        ViewData["Proposals"] = await editing.ProposalsAsync(id, null, cancellationToken);
        return View(nameof(Edit), model);
    }

    [HttpPost("stops/{stopId:int}")]
    public async Task<IActionResult> UpdateStop(int id, int stopId, StopInput input, CancellationToken cancellationToken) =>
        await ResultAsync(id, await editing.UpdateStopAsync(id, stopId, input, cancellationToken), $"stop-{stopId}", cancellationToken);

    [HttpPost("name")]
    public async Task<IActionResult> NameRoute(int id, [FromForm] string? nameEn, CancellationToken cancellationToken) =>
        await ResultAsync(id, await editing.NameRouteAsync(id, nameEn, cancellationToken), "route-name", cancellationToken);

    [HttpPost("days/{day:int}/stops")]
    public async Task<IActionResult> AddStop(int id, int day, StopInput input, CancellationToken cancellationToken) =>
        await ResultAsync(id, await editing.AddStopAsync(id, day, input, cancellationToken), $"new-{day}", cancellationToken);

    private async Task<IActionResult> ResultAsync(int id, (RouteEditOutcome Outcome, Domain.Tourism.RouteStopProblem? Problem) result, string form, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case RouteEditOutcome.Done:
                return RedirectToAction(nameof(Edit), new { id, done = "saved" });
            case RouteEditOutcome.NotFound:
                return NotFound();
        }

        ViewData["Problem"] = result.Problem;
        ViewData["ProblemForm"] = form;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await PageAsync(id, cancellationToken);
    }
}
