using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Reporting.Entry;
using AllJapanTokyo.Web.Areas.Reporting.History;
using AllJapanTokyo.Web.Areas.Reporting.Reports;
using AllJapanTokyo.Web.Areas.Reporting.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AllJapanTokyo.Web.Areas.Reporting.Controllers;

/// <summary>
/// One prefecture's report on one initiative for one fiscal year: entry (staff of that prefecture), review (Tokyo
/// officials), history. Staff of another prefecture get 404, as if the report did not exist.
/// </summary>
[Area("Reporting")]
[Route("reporting/{fiscalYear:int:range(2000,2100)}/{initiative:regex(^\\d{{1,2}}-\\d{{1,2}}$)}/{prefecture:regex(^\\d{{2}}$)}")]
[Authorize(Policy = Policies.Reporting)]
public sealed class FormsController(FormService forms, ReviewService review, HistoryService history) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Form(int fiscalYear, string initiative, string prefecture, string? done, CancellationToken cancellationToken)
    {
        var page = await forms.FormAsync(new ReportKey(fiscalYear, initiative, prefecture), ReportingActor.From(User), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var message = done switch
        {
            "saved" => "下書きを保存しました。 / Draft saved.",
            "submitted" => "提出しました。東京都の審査をお待ちください。 / Submitted for review.",
            "approved" => "承認しました。値は確定され、公開されます。 / Approved: the values are locked and published.",
            "returned" => "コメントを付けて差し戻しました。 / Returned with your comment.",
            "exception" => "入力期間の例外を設定しました。 / Entry re-opened for this report.",
            _ => null,
        };
        return View(message is null ? page : page with { Message = message });
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(int fiscalYear, string initiative, string prefecture, [FromForm] FormInput input, CancellationToken cancellationToken)
    {
        var actor = ReportingActor.From(User);
        var result = await forms.SaveAsync(new ReportKey(fiscalYear, initiative, prefecture), actor, input, cancellationToken);
        switch (result.Outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Forbidden:
                return Forbid();
            case SaveOutcome.Saved:
            case SaveOutcome.Submitted:
                return Redirect(ReportingUrls.Form(fiscalYear, initiative, prefecture) + (result.Outcome == SaveOutcome.Saved ? "?done=saved" : "?done=submitted"));
        }

        var page = await forms.FormWithInputAsync(new ReportKey(fiscalYear, initiative, prefecture), actor, input, result, cancellationToken);
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
        var approve = decision == "approve";
        var outcome = await review.ReviewAsync(new ReportKey(fiscalYear, initiative, prefecture), ReportingActor.From(User), approve, comment, version, cancellationToken);
        return await ReviewResultAsync(outcome, fiscalYear, initiative, prefecture, approve ? "approved" : "returned", cancellationToken);
    }

    [HttpPost("exception")]
    [Authorize(Policy = Policies.TokyoStaff)]
    public async Task<IActionResult> OpenException(int fiscalYear, string initiative, string prefecture, [FromForm] int days, CancellationToken cancellationToken)
    {
        var outcome = await review.OpenLockExceptionAsync(new ReportKey(fiscalYear, initiative, prefecture), ReportingActor.From(User), days, cancellationToken);
        return await ReviewResultAsync(outcome, fiscalYear, initiative, prefecture, "exception", cancellationToken);
    }

    [HttpGet("history")]
    public async Task<IActionResult> History(int fiscalYear, string initiative, string prefecture, string? indicator, CancellationToken cancellationToken)
    {
        var page = await history.HistoryAsync(new ReportKey(fiscalYear, initiative, prefecture), indicator, ReportingActor.From(User), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    private async Task<IActionResult> ReviewResultAsync(ReviewOutcome outcome, int fiscalYear, string initiative, string prefecture, string done, CancellationToken cancellationToken)
    {
        if (outcome == ReviewOutcome.Done)
        {
            return Redirect(ReportingUrls.Form(fiscalYear, initiative, prefecture) + "?done=" + done);
        }

        if (outcome == ReviewOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == ReviewOutcome.Forbidden)
        {
            return Forbid();
        }

        var page = await forms.FormAsync(new ReportKey(fiscalYear, initiative, prefecture), ReportingActor.From(User), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var message = outcome switch
        {
            ReviewOutcome.CommentRequired => "差し戻す場合はコメント（1000文字以内）を入力してください。 / Give a comment (up to 1,000 characters) when returning.",
            ReviewOutcome.Conflict => "この報告は、あなたが開いた後に変更されました。内容を確認してからもう一度操作してください。 / The report changed after you opened it: check it and try again.",
            _ => "この報告は現在この操作ができない状態です。 / The report is not in a state that allows this.",
        };
        Response.StatusCode = outcome == ReviewOutcome.CommentRequired ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View("Form", page with { Message = message, MessageIsError = true });
    }
}
