using AllJapanTokyo.Infrastructure.Identity;
using AllJapanTokyo.Web.Areas.Procurement.Bidding;
using AllJapanTokyo.Web.Areas.Procurement.Models;
using AllJapanTokyo.Web.Areas.Procurement.TenderPage;
using AllJapanTokyo.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AllJapanTokyo.Web.Areas.Procurement.Controllers;

/// <summary>
/// What a registered enterprise does on a tender page: ask a question, bid (submit, revise, withdraw), look for
/// joint-bid partners. The company comes from the sign-in claims; a refused post shows the page again with what was typed.
/// </summary>
[Area("Procurement")]
[Route("procurement/tenders/{id:int}")]
[Authorize(Roles = Roles.Enterprise)]
public sealed class BidsController(BiddingService bidding, TenderPageService pages, IStringLocalizer L) : Controller
{
    [HttpPost("bid")]
    [RequestSizeLimit(TenderDocumentLimits.RequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = TenderDocumentLimits.RequestBytes)]
    public async Task<IActionResult> Submit(int id, [Bind(Prefix = "BidForm")] BidInput input, IFormFile? attachment, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var file = await UploadedFile.ReadAsync(attachment, cancellationToken);
        var result = await bidding.SubmitBidAsync(id, enterpriseId, input, file, cancellationToken);
        return await AfterAsync(id, enterpriseId, result, TenderForm.Bid, page => page with { BidForm = input }, cancellationToken);
    }

    [HttpPost("bid/withdraw")]
    public async Task<IActionResult> Withdraw(int id, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var result = await bidding.WithdrawBidAsync(id, enterpriseId, cancellationToken);
        return await AfterAsync(id, enterpriseId, result, TenderForm.Bid, page => page, cancellationToken);
    }

    [HttpPost("questions")]
    public async Task<IActionResult> Ask(int id, [Bind(Prefix = "QuestionForm")] QuestionInput input, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var result = await bidding.AskAsync(id, enterpriseId, input, cancellationToken);
        return await AfterAsync(id, enterpriseId, result, TenderForm.Question, page => page with { QuestionForm = input }, cancellationToken);
    }

    [HttpPost("interest")]
    public async Task<IActionResult> Interest(int id, [Bind(Prefix = "InterestForm")] InterestInput input, string? remove, CancellationToken cancellationToken)
    {
        if (User.EnterpriseId() is not { } enterpriseId)
        {
            return Forbid();
        }

        var result = await bidding.RegisterInterestAsync(id, enterpriseId, input, remove is not null, cancellationToken);
        return await AfterAsync(id, enterpriseId, result, TenderForm.Interest, page => page with { InterestForm = input }, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, int enterpriseId, ChangeResult result, TenderForm form, Func<TenderPageViewModel, TenderPageViewModel> keepTyped, CancellationToken cancellationToken)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = result.Notice is { } notice ? L.Of(notice).Value : null;
            return RedirectToAction(nameof(TendersController.Details), "Tenders", new { id });
        }

        var prefix = form switch
        {
            TenderForm.Bid => "BidForm",
            TenderForm.Question => "QuestionForm",
            _ => "InterestForm",
        };
        foreach (var (field, problem) in result.Problems)
        {
            ModelState.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", L.Of(problem));
        }

        var page = await pages.PageAsync(id, enterpriseId, null, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        return View("~/Areas/Procurement/Views/Tenders/Details.cshtml", keepTyped(page) with { FormWithErrors = form.ToString().ToLowerInvariant() });
    }

    /// <summary>The forms of the enterprise's panel, so that errors show beside the one that was sent.</summary>
    private enum TenderForm
    {
        Bid,
        Question,
        Interest,
    }
}

/// <summary>Uploads are PDFs of at most 10 MB; the request may be a little larger for the other fields.</summary>
public static class TenderDocumentLimits
{
    public const long RequestBytes = Domain.Procurement.TenderDocument.MaxBytes + (1024 * 1024);
}
