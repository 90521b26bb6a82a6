using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Reporting.Entry;
using AllJapanTokyo.Web.Areas.Reporting.History;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Areas.Reporting.Review;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Reporting.Controllers;

/// <summary>
/// One prefecture's report on one initiative for one fiscal year: entry (staff of that prefecture), review (Tokyo
/// officials), history. Staff of another prefecture get 404, as if the report did not exist.
/// </summary>
[Area("Reporting")]
[Route("reporting/{fiscalYear:" + FiscalYearRouteConstraint.Name + "}/{initiative:regex(^\\d{{1,2}}-\\d{{1,2}}$)}/{prefecture:regex(^\\d{{2}}$)}")]
[Authorize(Policy = Policies.Reporting)]
public sealed class FormsController(FormService forms, ReviewService review, ReopeningRequestService reopening, HistoryService history) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Form(int fiscalYear, string initiative, string prefecture, string? done, CancellationToken cancellationToken)
    {
        var page = await forms.FormAsync(new ReportKey(fiscalYear, initiative, prefecture), ReportingActor.From(User), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        return View(page with { Notice = FormNotices.FromDone(done) });
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(int fiscalYear, string initiative, string prefecture, [FromForm] FormInput input, CancellationToken cancellationToken)
    {
        var key = new ReportKey(fiscalYear, initiative, prefecture);
        var actor = ReportingActor.From(User);
        var result = await forms.SaveAsync(key, actor, input, cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Forbidden:
                return Forbid();
            case SaveOutcome.Saved:
            case SaveOutcome.Submitted:
                return RedirectToAction(nameof(Form), key.RouteValues(result.Outcome == SaveOutcome.Saved ? "saved" : "submitted"));
        }

        var page = await forms.FormWithInputAsync(key, actor, input, result, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        Response.StatusCode = result.Outcome == SaveOutcome.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View("Form", page);
    }

    [HttpPost("review")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> Review(int fiscalYear, string initiative, string prefecture, [FromForm] string? decision, [FromForm] string? comment, [FromForm] Guid version, CancellationToken cancellationToken)
    {
        var key = new ReportKey(fiscalYear, initiative, prefecture);
        var approve = decision == "approve";
        var outcome = await review.ReviewAsync(key, ReportingActor.From(User), approve, comment, version, cancellationToken);
        return await ReviewResultAsync(outcome, key, approve ? "approved" : "returned", cancellationToken);
    }

    [HttpPost("exception")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> OpenException(int fiscalYear, string initiative, string prefecture, [FromForm] int days, CancellationToken cancellationToken)
    {
        var key = new ReportKey(fiscalYear, initiative, prefecture);
        var outcome = await review.OpenLockExceptionAsync(key, ReportingActor.From(User), days, cancellationToken);
        return await ReviewResultAsync(outcome, key, "exception", cancellationToken);
    }

    /// <summary>Prefecture staff ask Tokyo to re-open a report whose entry window has closed.</summary>
    [HttpPost("reopening-request")]
    public async Task<IActionResult> RequestReopening(int fiscalYear, string initiative, string prefecture, [FromForm] string? reason, CancellationToken cancellationToken)
    {
        var key = new ReportKey(fiscalYear, initiative, prefecture);
        var actor = ReportingActor.From(User);
        var outcome = await reopening.RequestAsync(key, actor, reason, cancellationToken);
        switch (outcome)
        {
            case ReopeningOutcome.Requested:
                return RedirectToAction(nameof(Form), key.RouteValues("reopening"));
            case ReopeningOutcome.NotFound:
                return NotFound();
            case ReopeningOutcome.Forbidden:
                return Forbid();
        }

        var page = await forms.FormAsync(key, actor, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var tooLong = outcome == ReopeningOutcome.ReasonTooLong;
        Response.StatusCode = tooLong ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View("Form", page with { Notice = tooLong ? FormNotice.RequestReasonTooLong : FormNotice.NotAllowedNow });
    }

    [HttpGet("history")]
    public async Task<IActionResult> History(int fiscalYear, string initiative, string prefecture, string? indicator, CancellationToken cancellationToken)
    {
        var page = await history.HistoryAsync(new ReportKey(fiscalYear, initiative, prefecture), indicator, ReportingActor.From(User), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    private async Task<IActionResult> ReviewResultAsync(ReviewOutcome outcome, ReportKey key, string done, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case ReviewOutcome.Done:
                return RedirectToAction(nameof(Form), key.RouteValues(done));
            case ReviewOutcome.NotFound:
                return NotFound();
            case ReviewOutcome.Forbidden:
                return Forbid();
        }

        var page = await forms.FormAsync(key, ReportingActor.From(User), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var notice = outcome switch
        {
            ReviewOutcome.CommentRequired => FormNotice.CommentRequired,
            ReviewOutcome.Conflict => FormNotice.ChangedMeanwhile,
            _ => FormNotice.NotAllowedNow,
        };
        Response.StatusCode = outcome == ReviewOutcome.CommentRequired ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View("Form", page with { Notice = notice });
    }
}
