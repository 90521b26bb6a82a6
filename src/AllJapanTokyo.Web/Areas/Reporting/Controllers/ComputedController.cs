using AllJapanTokyo.Domain.Reporting;
using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Reporting.Computed;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Reporting.Controllers;

/// <summary>Tokyo officials review the figures the portal's own work produced (an event's exhibitors, meetings held…).</summary>
[Area("Reporting")]
[Route("reporting/computed")]
[Authorize(Policy = Policies.TokyoStaff)]
public sealed class ComputedController(ComputedFigureReview review) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ComputedFigureState state = ComputedFigureState.Proposed, string? done = null, CancellationToken cancellationToken = default)
    {
        ViewData["Done"] = done;
        return View(await review.PageAsync(state, cancellationToken));
    }

    [HttpPost("{id:int}/accept")]
    public async Task<IActionResult> Accept(int id, [FromForm] Guid version, CancellationToken cancellationToken) =>
        await ResultAsync(await review.AcceptAsync(id, version, ReportingActor.From(User), cancellationToken), "accepted", cancellationToken);

    [HttpPost("{id:int}/reject")]
    public async Task<IActionResult> Reject(int id, [FromForm] Guid version, [FromForm] string? comment, CancellationToken cancellationToken) =>
        await ResultAsync(await review.RejectAsync(id, version, comment, ReportingActor.From(User), cancellationToken), "rejected", cancellationToken);

    private async Task<IActionResult> ResultAsync(ComputedReviewOutcome outcome, string done, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case ComputedReviewOutcome.Done:
                return RedirectToAction(nameof(Index), new { done });
            case ComputedReviewOutcome.NotFound:
                return NotFound();
            case ComputedReviewOutcome.Forbidden:
                return Forbid();
        }

        ViewData["Problem"] = outcome;
        Response.StatusCode = outcome == ComputedReviewOutcome.CommentRequired ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View(nameof(Index), await review.PageAsync(ComputedFigureState.Proposed, cancellationToken));
    }
}
