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
        return await tourism.GetRouteAsync(id, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpPost("stops/{stopId:int}")]
    public async Task<IActionResult> UpdateStop(int id, int stopId, StopInput input, CancellationToken cancellationToken) =>
        await ResultAsync(id, await editing.UpdateStopAsync(id, stopId, input, cancellationToken), $"stop-{stopId}", cancellationToken);

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
        return await tourism.GetRouteAsync(id, cancellationToken) is { } model ? View(nameof(Edit), model) : NotFound();
    }
}
